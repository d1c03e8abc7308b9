import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** What the footer says about the build: the same for every page of one build. */
export interface BuildInfo {
  version: string
  /** The git commit the site was built from, or "unknown" outside a git checkout. */
  commit: string
  /** Where the source lives (package.json `repository`), for "edit this" and "report a problem" links. */
  repository: string
}

let cached: BuildInfo | undefined

/**
 * Reads the version from package.json and the commit from `ATLAS_COMMIT` or `git rev-parse HEAD`. Both
 * depend only on the commit, never on the clock or the machine, so builds stay reproducible.
 */
export function buildInfo(rootDir = process.cwd()): BuildInfo {
  if (cached) return cached
  const packageJson = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as {
    version: string
    repository?: { url?: string } | string
  }
  const repository =
    typeof packageJson.repository === 'string' ? packageJson.repository : (packageJson.repository?.url ?? '')
  cached = {
    version: packageJson.version,
    commit: process.env.ATLAS_COMMIT ?? gitCommit(rootDir),
    repository: repository.replace(/^git\+/, '').replace(/\.git$/, ''),
  }
  return cached
}

function gitCommit(rootDir: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}
