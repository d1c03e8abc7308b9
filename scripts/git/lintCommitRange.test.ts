// The range check against real repositories: commits made by git, read back by readCommits, checked
// by lintCommitRange, and the CLI scripts/lint-commits.ts run as a process.
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lintCommitRange } from './lintCommitRange.ts'
import { lintRepoCommits } from './lintRepoCommits.ts'
import { readCommits } from './readCommits.ts'
import { createTestRepo, type TestRepo } from './test/testRepo.ts'

const cli = fileURLToPath(new URL('../lint-commits.ts', import.meta.url))
let repo: TestRepo
let mainSha: string

beforeAll(async () => {
  repo = await createTestRepo()
  await repo.commit('🎉 begin the atlas')
  mainSha = await repo.commit('✨ add the registry')
  // Where a CI checkout has the base branch: a remote-tracking ref, not a local branch.
  await repo.git(['update-ref', 'refs/remotes/origin/main', mainSha])
  await repo.git(['checkout', '--quiet', '-b', 'feature/chain-filter'])
  await repo.commit('✨ feat(map): add chain filter MAP-123')
  await repo.commit('fixup! ✨ feat(map): add chain filter MAP-123')
  await repo.commit('WIP')
  await repo.commit('🚧 half of the legend')
  await repo.commit('add stuff')
  await repo.commit(':sparkles: feat(map):  Add chain filter MAP-123')
  await repo.commit('🐛 fix #12 in the C# bindings\n\nMAP-123 #comment fixed')
  await repo.commit('✨ MAP-9 #done ship it')
})
afterAll(() => repo.remove())

describe(readCommits.name, () => {
  it('reads any subject and body text intact, oldest first', async () => {
    const odd = await createTestRepo()
    try {
      const subject = '✨ add "quotes", tabs\tand \u001e separators; $(not a shell) `x` %s'
      await odd.commit(`${subject}\n\nbody line\n\n-- signed`)
      await odd.commit('📝 second')
      const commits = await readCommits({ git: odd.git, to: 'HEAD' })
      expect(commits.map((commit) => commit.subject)).toEqual([subject, '📝 second'])
      expect(commits[0]?.message).toBe(`${subject}\n\nbody line\n\n-- signed\n`)
      expect(commits[1]?.parents).toEqual([commits[0]?.sha])
    } finally {
      await odd.remove()
    }
  })
})

describe(lintCommitRange.name, () => {
  it('flags fixup!, WIP, no gitmoji, duplicates and header commands; passes the rest', async () => {
    const { range, commits, problems } = await lintRepoCommits({ git: repo.git })
    expect(range).toBe(`merge-base with origin/main (${mainSha.slice(0, 7)})..HEAD`)
    expect(commits).toHaveLength(8)
    expect(problems.map(({ commit, problem }) => `${commit.subject} → ${problem}`)).toEqual([
      'fixup! ✨ feat(map): add chain filter MAP-123 → `fixup!` commit left in the range',
      'WIP → work-in-progress commit',
      '🚧 half of the legend → work-in-progress commit',
      'add stuff → no gitmoji at the start of the subject',
      `:sparkles: feat(map):  Add chain filter MAP-123 → same subject as ${commits[0]?.shortSha}`,
      '✨ MAP-9 #done ship it → Jira smart-commit command `#done` in the subject',
    ])
  })

  it('passes a clean range and checks only what the branch adds', async () => {
    const { commits, problems } = await lintRepoCommits({ git: repo.git, from: 'HEAD~8', to: 'HEAD~7' })
    expect(commits.map((commit) => commit.subject)).toEqual(['✨ feat(map): add chain filter MAP-123'])
    expect(problems).toEqual([])
  })

  it('checks all history, root commit included, when there is no main to start from', async () => {
    const lone = await createTestRepo()
    try {
      await lone.git(['checkout', '--quiet', '-b', 'trunk'])
      await lone.commit('begin')
      await lone.commit('✨ add it')
      const result = await lintRepoCommits({ git: lone.git })
      expect(result.range).toBe('all history up to HEAD (no origin/main or main to start from)')
      expect(result.problems.map((problem) => problem.commit.subject)).toEqual(['begin'])
    } finally {
      await lone.remove()
    }
  })
})

describe('scripts/lint-commits.ts', () => {
  it('exits 1 listing every problem as `<sha> <subject>  → problem → fix`', async () => {
    const result = await repo.run(process.execPath, [cli])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatchInlineSnapshot(`
      "✖ 8 commits checked in merge-base with origin/main (7f7321b)..HEAD: 6 problems.
      7f44a7f fixup! ✨ feat(map): add chain filter MAP-123  → \`fixup!\` commit left in the range → squash it into its target: git rebase -i --autosquash 7f7321bc28c5
      0f79596 WIP  → work-in-progress commit → finish the change, then squash or reword it: git rebase -i --autosquash 7f7321bc28c5
      e986147 🚧 half of the legend  → work-in-progress commit → finish the change, then squash or reword it: git rebase -i --autosquash 7f7321bc28c5
      293d38d add stuff  → no gitmoji at the start of the subject → start the subject with a gitmoji, e.g. \`✨ add stuff\` (see https://gitmoji.dev)
      896bd2c :sparkles: feat(map):  Add chain filter MAP-123  → same subject as 5a9afb2 → squash them, or say what each one changes: git rebase -i --autosquash 7f7321bc28c5
      356bfc8 ✨ MAP-9 #done ship it  → Jira smart-commit command \`#done\` in the subject → move it to the body: a blank line after the subject, then a line like \`MAP-9 #done …\` (git drops body lines that start with #)
      See docs/git-conventions.md; reword or squash with \`git rebase -i <base>\`.
      "
    `)
  })

  it('adds ::error:: annotations in GitHub Actions', async () => {
    const result = await repo.run(process.execPath, [cli, '--from', 'HEAD~4', '--to', 'HEAD~3'], {
      GITHUB_ACTIONS: 'true',
    })
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      expect.stringMatching(
        /^::error title=Commit [0-9a-f]{7}::[0-9a-f]{7} add stuff {2}→ no gitmoji at the start/,
      ),
    ])
  })

  it('exits 0 on a clean range, 1 on an unknown ref with a hint, 2 outside a repository', async () => {
    expect(await repo.run(process.execPath, [cli, '--from', 'HEAD~8', '--to', 'HEAD~7'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('✔ 1 commit checked in HEAD~8..HEAD~7'),
    })
    const unknown = await repo.run(process.execPath, [cli, '--from', 'nope'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('No commit named "nope"')
    expect(unknown.stderr).toContain('fetch-depth: 0')
    const outside = await repo.run(process.execPath, [cli], { GIT_DIR: '/nonexistent' })
    expect(outside.code).toBe(2)
  })
})
