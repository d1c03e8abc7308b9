import type { Git } from './createGit.ts'
import { findRef } from './resolveRef.ts'

/** Where a range check starts when the user names no base. */
export interface DefaultBase {
  /** The base commit (excluded from the range), or `undefined` to check all history up to `to`. */
  sha: string | undefined
  /** How it was chosen, for the report: `merge-base with origin/main`, `root commit`… */
  label: string
}

/**
 * Picks the base of the commits a branch adds: the merge-base of `to` with `origin/main` when that
 * remote branch exists, else with `main`, else none (the whole history, root commit included).
 *
 * @param git A runner for the repository.
 * @param to The tip of the range (a commit SHA).
 * @returns The base and how it was chosen.
 * @throws {GitCommandError} when git fails for another reason than a missing branch.
 * @example
 * await findDefaultBase(git, headSha) // { sha: 'c7eb…', label: 'merge-base with origin/main' }
 */
export async function findDefaultBase(git: Git, to: string): Promise<DefaultBase> {
  for (const candidate of ['origin/main', 'main']) {
    const sha = await findRef(git, candidate)
    if (!sha) continue
    const mergeBase = await git(['merge-base', '--end-of-options', sha, to]).catch(() => '')
    if (mergeBase.trim()) return { sha: mergeBase.trim(), label: `merge-base with ${candidate}` }
  }
  return { sha: undefined, label: 'root commit' }
}
