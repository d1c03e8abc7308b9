import { findDuplicateSubjects } from './findDuplicateSubjects.ts'
import type { FindJiraKeysOptions } from './findJiraKeys.ts'
import { type CommitProblem, parseCommitSubject } from './parseCommitSubject.ts'
import type { Commit } from './readCommits.ts'

/** A problem with one commit of a range. */
export interface RangeProblem extends CommitProblem {
  commit: Commit
}

/** Options of {@link lintCommitRange}. */
export interface LintCommitRangeOptions {
  /** The range's base as the user named it, used in `git rebase -i <base>` hints. */
  base?: string | undefined
  /** Which Jira project keys count. */
  jira?: FindJiraKeysOptions | undefined
}

const autosquash = /^(fixup|squash|amend)! /
const workInProgress = /(?<![\w-])wip(?![\w-])/i

/**
 * Checks the commits a branch would merge: every subject follows the convention, none is a
 * `fixup!`/`squash!`/`amend!` or work-in-progress commit left to squash, and no two say the same
 * thing (each commit one atomic, distinct change).
 *
 * @param commits The range, oldest first (see `readCommits`).
 * @param options The base ref for hints, and which Jira project keys count.
 * @returns Every problem, in commit order; empty when the range is clean.
 * @example
 * lintCommitRange(commits, { base: 'origin/main' })
 * // [{ commit: { shortSha: 'a1b2c3d', subject: 'WIP', … }, problem: 'work-in-progress commit', fix: '…' }]
 */
export function lintCommitRange(
  commits: readonly Commit[],
  options: LintCommitRangeOptions = {},
): RangeProblem[] {
  const rebase = `git rebase -i --autosquash ${options.base ?? '<base>'}`
  const problems = new Map<Commit, CommitProblem[]>(commits.map((commit) => [commit, []]))
  for (const commit of commits) {
    const found = problems.get(commit) ?? []
    const squash = autosquash.exec(commit.subject)?.[1]
    if (squash) {
      // Squashing also fixes whatever else is wrong with the subject: report only this.
      found.push({
        problem: `\`${squash}!\` commit left in the range`,
        fix: `squash it into its target: ${rebase}`,
      })
      continue
    }
    const parsed = parseCommitSubject(commit.subject, { jira: options.jira })
    if (parsed.ok && parsed.origin === 'git') continue
    if (workInProgress.test(commit.subject) || (parsed.ok && parsed.gitmoji.code === ':construction:')) {
      // As with fixups, finishing the work rewrites the subject: no point listing more.
      found.push({
        problem: 'work-in-progress commit',
        fix: `finish the change, then squash or reword it: ${rebase}`,
      })
      continue
    }
    if (!parsed.ok) found.push(...parsed.problems)
  }
  for (const duplicate of findDuplicateSubjects(commits)) {
    const [first, ...repeats] = duplicate.commits
    for (const commit of repeats) {
      problems.get(commit)?.push({
        problem: `same subject as ${first?.shortSha}`,
        fix: `squash them, or say what each one changes: ${rebase}`,
      })
    }
  }
  return commits.flatMap((commit) => (problems.get(commit) ?? []).map((problem) => ({ commit, ...problem })))
}
