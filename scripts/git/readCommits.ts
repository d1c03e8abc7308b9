import type { Git } from './createGit.ts'

/** One commit as the git scripts see it. */
export interface Commit {
  /** Full SHA. */
  sha: string
  /** git's unique abbreviation (`%h`). */
  shortSha: string
  /** Parent SHAs; two or more for a merge. */
  parents: string[]
  /** The first line of the message. */
  subject: string
  /** The whole raw message (`%B`). */
  message: string
}

/** Which commits {@link readCommits} reads. */
export interface ReadCommitsParameters {
  /** A runner for the repository. */
  git: Git
  /** Commits reachable from here… (a SHA or ref). */
  to: string
  /** …but not from here; `undefined` for all history up to `to`. */
  from?: string | undefined
}

const fieldsPerCommit = 4

/**
 * Reads the commits of `from..to`, oldest first. Fields and commits are NUL-separated (`-z`):
 * git cannot store NUL in a message, so any subject or body text comes through intact.
 *
 * @param parameters The repository runner and the range.
 * @returns The commits, oldest first; empty when `to` is reachable from `from`.
 * @throws {GitCommandError} when git fails (unknown ref, not a repository).
 * @example
 * const commits = await readCommits({ git, from: 'origin/main', to: 'HEAD' })
 */
export async function readCommits({ git, from, to }: ReadCommitsParameters): Promise<Commit[]> {
  const range = from === undefined ? to : `${from}..${to}`
  const output = await git([
    'log',
    '-z',
    '--reverse',
    '--no-show-signature',
    '--encoding=UTF-8',
    '--format=%H%x00%h%x00%P%x00%B',
    '--end-of-options',
    range,
    '--',
  ])
  const fields = output.split('\0')
  const commits: Commit[] = []
  for (let index = 0; index + fieldsPerCommit <= fields.length; index += fieldsPerCommit) {
    const [sha = '', shortSha = '', parents = '', message = ''] = fields.slice(index, index + fieldsPerCommit)
    commits.push({
      sha,
      shortSha,
      parents: parents.split(' ').filter(Boolean),
      subject: (message.split('\n')[0] ?? '').trim(),
      message,
    })
  }
  return commits
}
