import { BaseError } from '../../indexer/errors/BaseError.ts'
import { type Git, GitCommandError } from './createGit.ts'

/** Thrown when a ref, branch or SHA given to a git script names no commit. */
export class GitRefNotFoundError extends BaseError {
  override name = 'GitRefNotFoundError'
  readonly ref: string
  constructor({ ref, cause }: { ref: string; cause?: unknown }) {
    super(`No commit named "${ref}" in this repository.`, {
      metaMessages: [
        `Check the spelling, or fetch it first: \`git fetch origin ${ref.replace(/^origin\//, '')}\`.`,
        'In GitHub Actions, check out with `fetch-depth: 0` so base branches and history are there.',
      ],
      cause,
    })
    this.ref = ref
  }
}

/**
 * Resolves a ref (branch, tag, `origin/main`, SHA, `HEAD~2`) to a full commit SHA.
 *
 * @param git A runner for the repository.
 * @param ref What the user typed.
 * @returns The 40- (or 64-) hex-digit commit SHA.
 * @throws {GitRefNotFoundError} when the ref names no commit.
 * @throws {GitCommandError} when git fails otherwise (not a repository).
 * @example
 * await resolveRef(git, 'main') // 'c7ebfe249ed524212f91f01178770967020dd3cd'
 */
export async function resolveRef(git: Git, ref: string): Promise<string> {
  try {
    // --end-of-options: a ref like `--output=x` must stay a ref, never become an option.
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim()
  } catch (error) {
    // --quiet makes a missing ref exit 1 silently; 128 means git itself failed (no repository…).
    if (error instanceof GitCommandError && error.exitCode === 1)
      throw new GitRefNotFoundError({ ref, cause: error })
    throw error
  }
}

/**
 * Like {@link resolveRef}, but `undefined` when the ref does not exist.
 *
 * @param git A runner for the repository.
 * @param ref The ref to look for.
 * @returns The commit SHA, or `undefined`.
 * @example
 * await findRef(git, 'origin/main') // undefined in a repository without a remote
 */
export async function findRef(git: Git, ref: string): Promise<string | undefined> {
  try {
    return await resolveRef(git, ref)
  } catch (error) {
    if (error instanceof GitRefNotFoundError) return undefined
    throw error
  }
}
