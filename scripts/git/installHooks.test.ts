// The commit-msg hook as a developer meets it: copied into a fresh repository, installed by
// scripts/install-hooks.ts, run by real `git commit`, `git merge` and `git revert`.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGit } from './createGit.ts'
import { installHooks } from './installHooks.ts'
import { copyProject } from './test/copyProject.ts'
import { createTestRepo, isolatedGitEnv, runCommand, type TestRepo } from './test/testRepo.ts'

const installScript = ['scripts/install-hooks.ts']
let repo: TestRepo

async function commitCount(): Promise<number> {
  const result = await repo.run('git', ['rev-list', '--count', 'HEAD'])
  return result.code === 0 ? Number(result.stdout.trim()) : 0
}

function commit(...messages: string[]) {
  return repo.run('git', ['commit', '--allow-empty', ...messages.flatMap((message) => ['-m', message])])
}

beforeAll(async () => {
  repo = await createTestRepo(await copyProject({ hookMode: 0o644 }))
  const install = await repo.run(process.execPath, installScript, { CI: 'true' })
  expect(install).toMatchObject({ code: 0 })
  expect(install.stdout).toContain(
    'git now runs the hooks in .githooks (made executable: .githooks/commit-msg)',
  )
})
afterAll(() => repo.remove())

describe(installHooks.name, () => {
  it('points git at .githooks and says so once', async () => {
    expect((await repo.git(['config', 'core.hooksPath'])).trim()).toBe('.githooks')
    expect((await stat(join(repo.path, '.githooks/commit-msg'))).mode & 0o111).toBe(0o111)
    const again = await repo.run(process.execPath, installScript)
    expect(again).toMatchObject({ code: 0, stdout: 'install-hooks: git hooks already in .githooks.\n' })
  })

  it('replaces another hooks folder and says which', async () => {
    const other = await createTestRepo(await copyProject())
    try {
      await other.git(['config', 'core.hooksPath', '.husky/_'])
      const git = createGit({ cwd: other.path, env: other.env })
      expect(await installHooks({ git, projectRoot: other.path })).toEqual({
        status: 'installed',
        previous: '.husky/_',
        madeExecutable: [],
      })
      expect((await other.git(['config', 'core.hooksPath'])).trim()).toBe('.githooks')
    } finally {
      await other.remove()
    }
  })

  it('does nothing, successfully, outside a git work tree', async () => {
    const tarball = await copyProject()
    try {
      const env = isolatedGitEnv({ GIT_CEILING_DIRECTORIES: join(tarball, '..') })
      const result = await runCommand(process.execPath, installScript, { cwd: tarball, env })
      expect(result).toMatchObject({
        code: 0,
        stdout: 'install-hooks: skipped, not inside a git work tree.\n',
      })
    } finally {
      await rm(tarball, { recursive: true, force: true })
    }
  })

  it('leaves alone a repository the project merely sits inside', async () => {
    const outer = await createTestRepo()
    try {
      const inner = join(outer.path, 'vendor/atlas')
      await mkdir(inner, { recursive: true })
      const project = await copyProject()
      await runCommand('cp', ['-a', `${project}/.`, inner], { cwd: outer.path, env: outer.env })
      await rm(project, { recursive: true, force: true })
      const result = await runCommand(process.execPath, installScript, { cwd: inner, env: outer.env })
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('skipped, the project is not the top of the git work tree')
      expect((await outer.run('git', ['config', 'core.hooksPath'])).stdout).toBe('')
    } finally {
      await outer.remove()
    }
  })
})

describe('.githooks/commit-msg', () => {
  it('refuses a subject without a gitmoji, with a fix, and commits nothing', async () => {
    const before = await commitCount()
    const result = await commit('add stuff')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('✖ commit message refused: "add stuff"')
    expect(result.stderr).toContain(
      'start the subject with a gitmoji, e.g. `✨ add stuff` (see https://gitmoji.dev)',
    )
    expect(result.stderr).toContain('git commit --no-verify')
    expect(await commitCount()).toBe(before)
  })

  it('accepts emoji and :code: gitmojis, with or without U+FE0F', async () => {
    const before = await commitCount()
    for (const message of [
      '✨ add stuff',
      ':sparkles: add stuff',
      '♻️ tidy the parser',
      '♻ tidy the parser',
      '⚡ faster',
    ]) {
      const result = await commit(message)
      expect(result, message).toMatchObject({ code: 0, stderr: '' })
    }
    expect(await commitCount()).toBe(before + 5)
    expect((await repo.git(['log', '-1', '--format=%s'])).trim()).toBe('⚡ faster')
  })

  it('wants Jira smart-commit commands in the body, not the subject', async () => {
    const refused = await commit('✨ MAP-12 #time 1h add the chain filter')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('move it to the body')
    expect(
      await commit('✨ MAP-12 add the chain filter', 'MAP-12 #time 1h #comment filters by chain'),
    ).toMatchObject({ code: 0 })
  })

  it('checks the message of `git commit -v`, not git comments or the diff under the scissors', async () => {
    await writeFile(join(repo.path, 'notes.txt'), 'add stuff\n')
    await repo.git(['add', 'notes.txt'])
    // An "editor" that types the subject above git's comments, scissors line and diff.
    const editor = (subject: string) =>
      `f() { printf '%s\\n' '${subject}' | cat - "$1" > "$1.new" && mv "$1.new" "$1"; }; f`
    const refused = await repo.run('git', ['commit', '-v'], { GIT_EDITOR: editor('add notes') })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('"add notes"')
    const accepted = await repo.run('git', ['commit', '-v'], { GIT_EDITOR: editor('📝 add notes') })
    expect(accepted).toMatchObject({ code: 0 })
    expect((await repo.git(['log', '-1', '--format=%B'])).trim()).toBe('📝 add notes')
  })

  it('accepts the merge and revert messages git writes', async () => {
    await repo.git(['checkout', '--quiet', '-b', 'side'])
    await writeFile(join(repo.path, 'side.txt'), 'fixed\n')
    await repo.git(['add', 'side.txt'])
    expect(await commit('🐛 fix on a side branch')).toMatchObject({ code: 0 })
    await repo.git(['checkout', '--quiet', 'main'])
    // The hook does run for merges: a hand-written merge subject needs a gitmoji too.
    const handWritten = await repo.run('git', ['merge', '--no-ff', '-m', 'merged side', 'side'])
    expect(handWritten.code).not.toBe(0)
    expect(handWritten.stderr).toContain('"merged side"')
    await repo.git(['merge', '--abort'])
    const merge = await repo.run('git', ['merge', '--no-ff', '--no-edit', 'side'])
    expect(merge).toMatchObject({ code: 0 })
    expect((await repo.git(['log', '-1', '--format=%s'])).trim()).toBe("Merge branch 'side'")
    const revert = await repo.run('git', ['revert', '--no-edit', 'HEAD^2'])
    expect(revert, revert.stderr).toMatchObject({ code: 0 })
    expect((await repo.git(['log', '-1', '--format=%s'])).trim()).toBe('Revert "🐛 fix on a side branch"')
  })

  it('lets an emergency through with --no-verify', async () => {
    expect(
      await repo.run('git', ['commit', '--allow-empty', '--no-verify', '-m', 'hotfix now']),
    ).toMatchObject({ code: 0 })
  })

  it('warns and lets the commit through where only Node 20 is installed', async () => {
    const bare = await copyProject()
    try {
      await rm(join(bare, 'node_modules'))
      await writeFile(join(bare, 'msg'), 'add stuff\n')
      const result = await runCommand('sh', ['.githooks/commit-msg', 'msg'], {
        cwd: bare,
        env: isolatedGitEnv({ PATH: '/usr/bin:/bin' }),
      })
      expect(result).toMatchObject({ code: 0 })
      expect(result.stderr).toContain('no Node.js >= 22.18 here (run npm install); message not checked.')
    } finally {
      await rm(bare, { recursive: true, force: true })
    }
  })
})
