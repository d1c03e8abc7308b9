import type { Git } from './createGit.ts'
import { findDefaultBase } from './findDefaultBase.ts'
import type { FindJiraKeysOptions } from './findJiraKeys.ts'
import { lintCommitRange, type RangeProblem } from './lintCommitRange.ts'
import { type Commit, readCommits } from './readCommits.ts'
import { resolveRef } from './resolveRef.ts'

/** What {@link lintRepoCommits} checks. */
export interface LintRepoCommitsParameters {
  /** A runner for the repository. */
  git: Git
  /** The base (excluded); by default the merge-base with origin/main, else main, else none. */
  from?: string | undefined
  /** The tip; `HEAD` by default. */
  to?: string | undefined
  /** Which Jira project keys count. */
  jira?: FindJiraKeysOptions | undefined
}

/** The outcome of a range check. */
export interface LintRepoCommitsResult {
  /** How the range was chosen, e.g. `merge-base with origin/main (c7ebfe2)..HEAD`. */
  range: string
  commits: Commit[]
  problems: RangeProblem[]
}

/**
 * Checks the commits of a range in a real repository (see {@link lintCommitRange}).
 *
 * @param parameters The repository runner, the range and the Jira options.
 * @returns The range label, its commits and every problem.
 * @throws {GitRefNotFoundError} when `from` or `to` names no commit.
 * @example
 * const { problems } = await lintRepoCommits({ git: createGit({ cwd: '.' }), from: 'origin/main' })
 */
export async function lintRepoCommits({
  git,
  from,
  to = 'HEAD',
  jira,
}: LintRepoCommitsParameters): Promise<LintRepoCommitsResult> {
  const toSha = await resolveRef(git, to)
  const base =
    from === undefined ? await findDefaultBase(git, toSha) : { sha: await resolveRef(git, from), label: from }
  const commits = await readCommits({ git, from: base.sha, to: toSha })
  const range = !base.sha
    ? `all history up to ${to} (no origin/main or main to start from)`
    : `${base.label === from ? from : `${base.label} (${base.sha.slice(0, 7)})`}..${to}`
  return {
    range,
    commits,
    problems: lintCommitRange(commits, { base: from ?? base.sha?.slice(0, 12), jira }),
  }
}
