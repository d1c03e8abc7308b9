// The branch report against real repositories: commits and committed changesets read by git,
// summarised by buildBranchReport, rendered by renderBranchReport, and the CLI run as a process.
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BranchReport, buildBranchReport } from './buildBranchReport.ts'
import { collectBranchReport } from './collectBranchReport.ts'
import { renderBranchReport } from './renderBranchReport.ts'
import { createTestRepo, type TestRepo } from './test/testRepo.ts'

const cli = fileURLToPath(new URL('../branch-report.ts', import.meta.url))
const jira = { baseUrl: 'https://example.atlassian.net' }
let repo: TestRepo

const changeset = (bump: string) => `---\n"web3-atlas": ${bump}\n---\n\nSomething people notice.\n`

beforeAll(async () => {
  repo = await createTestRepo()
  // Left pending on main by an earlier merge: says nothing about this branch.
  await repo.add('.changeset/earlier.md', changeset('major'))
  await repo.commit('🎉 begin the atlas')
  await repo.git(['checkout', '--quiet', '-b', 'feature/chain-filter'])
  await repo.commit('✨ feat(map): add chain filter MAP-123')
  await repo.commit('🐛 fix the legend for ERC-20 tokens MAP-7')
  await repo.commit(':sparkles: add the search box')
  await repo.commit('add stuff')
  await repo.commit('🐛 Fix the legend for ERC-20 tokens  MAP-7')
  await repo.commit("📝 document @alice's <b>filters</b> | *stars* [x](y)")
  await repo.add('.changeset/chain-filter.md', changeset('patch'))
  await repo.commit('📝 describe the chain filter for the changelog')
})
afterAll(() => repo.remove())

const report = (options: { base?: string; head?: string; withJira?: boolean } = {}) =>
  collectBranchReport({
    git: repo.git,
    base: options.base,
    head: options.head,
    packageName: 'web3-atlas',
    jira: options.withJira === false ? undefined : jira,
  })

describe(buildBranchReport.name, () => {
  it('groups by gitmoji, lists commits without one and duplicates, links Jira keys', async () => {
    const { groups, withoutGitmoji, duplicates, jira: links } = await report()
    expect(groups.map((group) => [group.emoji, group.description, group.commits.length])).toEqual([
      ['✨', 'Introduce new features.', 2],
      ['🐛', 'Fix a bug.', 2],
      ['📝', 'Add or update documentation.', 2],
    ])
    expect(groups[0]?.commits[0]).toMatchObject({
      subject: 'feat(map): add chain filter MAP-123',
      jira: [{ key: 'MAP-123', url: 'https://example.atlassian.net/browse/MAP-123' }],
    })
    expect(withoutGitmoji.map((commit) => commit.subject)).toEqual(['add stuff'])
    expect(duplicates).toEqual([
      {
        subject: '🐛 fix the legend for ERC-20 tokens MAP-7',
        shortShas: [expect.any(String), expect.any(String)],
      },
    ])
    expect(links.map((link) => link.key)).toEqual(['MAP-7', 'MAP-123'])
  })

  it("compares the commits' bump with the branch's own changesets", async () => {
    expect((await report()).bump).toMatchObject({
      commits: 'minor',
      decidedBy: ['✨'],
      changesets: 'patch',
      changesetFiles: [{ file: '.changeset/chain-filter.md', bump: 'patch' }],
      verdict: 'lower',
      message: 'changesets say patch but commits suggest minor: add a changeset with `npm exec changeset`',
    })
    expect((await report({ head: 'HEAD~1' })).bump).toMatchObject({
      verdict: 'missing',
      message:
        'no changeset on this branch but commits suggest minor: add a changeset with `npm exec changeset`',
    })
    // Only 📝 commits (no semver in the gitmojis package) and no changeset: nothing to release.
    expect((await report({ base: 'HEAD~2', head: 'HEAD~1' })).bump).toMatchObject({
      commits: 'none',
      verdict: 'agree',
      message: 'changesets agree',
    })
  })

  it('says when changesets agree, ask for more, or cannot be read', async () => {
    const branch = await createTestRepo()
    try {
      await branch.commit('🎉 begin')
      await branch.git(['checkout', '--quiet', '-b', 'fix'])
      await branch.add('.changeset/fix.md', changeset('patch'))
      await branch.commit('🐛 fix the crash')
      const agree = await collectBranchReport({ git: branch.git, packageName: 'web3-atlas' })
      expect(agree.bump).toMatchObject({ commits: 'patch', changesets: 'patch', verdict: 'agree' })
      await branch.add('.changeset/big.md', changeset('minor'))
      await branch.add('.changeset/typo.md', '---\n"web3-atlass": patch\n---\n')
      await branch.add('.changeset/broken.md', 'patch please\n')
      await branch.commit('📝 add changesets')
      const higher = await collectBranchReport({ git: branch.git, packageName: 'web3-atlas' })
      expect(higher.bump).toMatchObject({
        changesets: 'minor',
        verdict: 'higher',
        changesetProblems: [
          { file: '.changeset/broken.md', problem: expect.stringContaining('no front matter') },
          { file: '.changeset/typo.md', problem: 'names "web3-atlass" but not "web3-atlas"' },
        ],
      })
    } finally {
      await branch.remove()
    }
  })

  it('counts a conventional `!` as a major change', async () => {
    const branch = await createTestRepo()
    try {
      await branch.commit('🎉 begin')
      await branch.git(['checkout', '--quiet', '-b', 'v2'])
      await branch.commit('♻️ refactor!: rename the export fields')
      expect((await collectBranchReport({ git: branch.git, packageName: 'web3-atlas' })).bump).toMatchObject({
        commits: 'major',
        decidedBy: ['♻️'],
      })
    } finally {
      await branch.remove()
    }
  })
})

describe(renderBranchReport.name, () => {
  it('renders the Markdown CI posts as one sticky comment', async () => {
    expect(renderBranchReport(await report())).toMatchInlineSnapshot(`
      "<!-- branch-report -->
      ## Branch report: \`main..HEAD\`

      7 commits · suggested bump **minor** (✨) · changesets say patch but commits suggest minor: add a changeset with \`npm exec changeset\`

      | Gitmoji | Meaning | Commits |
      | --- | --- | ---: |
      | ✨ \`:sparkles:\` | Introduce new features. | 2 |
      | 🐛 \`:bug:\` | Fix a bug. | 2 |
      | 📝 \`:memo:\` | Add or update documentation. | 2 |

      ### ✨ Introduce new features.

      - \`fe97c0d\` feat(map): add chain filter [MAP-123](https://example.atlassian.net/browse/MAP-123)
      - \`6928015\` add the search box

      ### 🐛 Fix a bug.

      - \`8bf101b\` fix the legend for ERC-20 tokens [MAP-7](https://example.atlassian.net/browse/MAP-7)
      - \`f14660d\` Fix the legend for ERC-20 tokens  [MAP-7](https://example.atlassian.net/browse/MAP-7)

      ### 📝 Add or update documentation.

      - \`a57431d\` document @​alice's &lt;b&gt;filters&lt;/b&gt; \\| \\*stars\\* \\[x\\](y)
      - \`5cbb4aa\` describe the chain filter for the changelog

      ### Without a gitmoji

      - \`2f03ce4\` add stuff → no gitmoji at the start of the subject → start the subject with a gitmoji, e.g. \`✨ add stuff\` (see https://gitmoji.dev)

      ### Duplicate subjects

      - \`8bf101b\`, \`f14660d\`: 🐛 fix the legend for ERC-20 tokens MAP-7 → squash them, or say what each one changes

      ### Release

      - Commits suggest **minor** (✨).
      - Changesets on this branch: \`.changeset/chain-filter.md\` (patch).
      - Changesets say patch but commits suggest minor: add a changeset with \`npm exec changeset\`.

      ### Jira

      [MAP-7](https://example.atlassian.net/browse/MAP-7) · [MAP-123](https://example.atlassian.net/browse/MAP-123)
      "
    `)
  })

  it('leaves Jira keys as text without JIRA_BASE_URL, and says so when a branch is empty', async () => {
    const markdown = renderBranchReport(await report({ withJira: false }))
    expect(markdown).toContain('feat(map): add chain filter MAP-123\n')
    expect(markdown).not.toContain('](https://')
    const empty: BranchReport = await report({ base: 'HEAD', head: 'HEAD' })
    expect(renderBranchReport(empty)).toMatchInlineSnapshot(`
      "<!-- branch-report -->
      ## Branch report: \`HEAD..HEAD\`

      0 commits · suggested bump **no release** · changesets agree

      ### Release

      - Commits suggest **no release**.
      - No changeset on this branch.
      - Changesets agree.
      "
    `)
  })
})

describe('scripts/branch-report.ts', () => {
  it('prints parseable JSON with Jira links from JIRA_BASE_URL', async () => {
    const result = await repo.run(process.execPath, [cli, '--format', 'json'], {
      JIRA_BASE_URL: 'https://example.atlassian.net/',
    })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const json = JSON.parse(result.stdout) as BranchReport
    expect(json).toMatchObject({ base: 'main', head: 'HEAD', commitCount: 7, bump: { verdict: 'lower' } })
    expect(json.jira).toContainEqual({ key: 'MAP-123', url: 'https://example.atlassian.net/browse/MAP-123' })
  })

  it('falls back to origin/main when there is no local main, and exits 1 on bad input', async () => {
    const main = (await repo.git(['rev-parse', 'main'])).trim()
    await repo.git(['update-ref', 'refs/remotes/origin/main', main])
    await repo.git(['branch', '-m', 'main', 'old-main'])
    try {
      const fallback = await repo.run(process.execPath, [cli])
      expect(fallback.code).toBe(0)
      expect(fallback.stdout).toContain('## Branch report: `origin/main..HEAD`')
    } finally {
      await repo.git(['branch', '-m', 'old-main', 'main'])
    }
    expect((await repo.run(process.execPath, [cli, '--format', 'yaml'])).code).toBe(1)
    expect((await repo.run(process.execPath, [cli, '--base', 'nope'])).code).toBe(1)
    expect((await repo.run(process.execPath, [cli], { JIRA_BASE_URL: 'not a url' })).code).toBe(1)
  })
})

describe('renderBranchReport escaping', () => {
  it('keeps hand-written text from breaking the Markdown or the hidden marker', () => {
    const commit = { sha: 'f'.repeat(40), shortSha: 'fffffff', jira: [] }
    const markdown = renderBranchReport({
      base: 'main',
      head: 'HEAD',
      commitCount: 1,
      groups: [],
      withoutGitmoji: [
        {
          ...commit,
          subject: 'odd `tick --> <!-- x',
          problem: 'no gitmoji',
          fix: 'e.g. `✨ odd `tick --> <!-- x`',
        },
      ],
      duplicates: [],
      jira: [],
      bump: {
        commits: 'none',
        decidedBy: [],
        changesets: 'none',
        changesetFiles: [],
        changesetProblems: [],
        verdict: 'agree',
        message: 'changesets agree',
      },
    })
    expect(markdown.match(/<!--/g)).toHaveLength(1)
    expect(markdown).toContain(
      '- `fffffff` odd \\`tick --&gt; &lt;!-- x → no gitmoji → e.g. \\`✨ odd \\`tick --&gt; &lt;!-- x\\`',
    )
  })
})
