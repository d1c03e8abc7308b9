import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Atlas Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  })
    .toString()
    .trim()

/**
 * A tiny git repository whose `npm run build` writes a deterministic `dist/` from `page.html`, tagged
 * `v1.0.0`; stands in for the Atlas so verification tests rebuild in a second instead of minutes.
 */
export async function createFixtureRepo(
  page = '<h1>Atlas v1</h1>\n',
): Promise<{ dir: string; commit: (page: string, tag: string) => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-fixture-repo-'))
  git(dir, 'init', '--quiet', '--initial-branch=main')
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'fixture', private: true, scripts: { build: 'node build.mjs' } }, null, 2)}\n`,
  )
  await writeFile(
    join(dir, 'build.mjs'),
    "import { mkdirSync, copyFileSync } from 'node:fs'\nmkdirSync('dist/about', { recursive: true })\ncopyFileSync('page.html', 'dist/index.html')\ncopyFileSync('page.html', 'dist/about/index.html')\n",
  )
  const commit = async (content: string, tag: string) => {
    await writeFile(join(dir, 'page.html'), content)
    git(dir, 'add', '-A')
    git(dir, 'commit', '--quiet', '-m', `release ${tag}`)
    git(dir, 'tag', tag)
  }
  await commit(page, 'v1.0.0')
  return { dir, commit }
}
