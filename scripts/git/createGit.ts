import { execFile } from 'node:child_process'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Runs one git command in a fixed repository and resolves with its stdout. */
export type Git = (args: readonly string[]) => Promise<string>

/** Thrown when a git command exits non-zero. */
export class GitCommandError extends BaseError {
  override name = 'GitCommandError'
  readonly args: readonly string[]
  readonly exitCode: number | undefined
  readonly stderr: string
  constructor({
    args,
    exitCode,
    stderr,
    cause,
  }: { args: readonly string[]; exitCode: number | undefined; stderr: string; cause?: unknown }) {
    super(`\`git ${args.join(' ')}\` failed${exitCode === undefined ? '' : ` with exit code ${exitCode}`}.`, {
      details: stderr.trim() || undefined,
      cause,
    })
    this.args = args
    this.exitCode = exitCode
    this.stderr = stderr
  }
}

/** Thrown when there is no `git` executable on the PATH. */
export class GitNotInstalledError extends BaseError {
  override name = 'GitNotInstalledError'
  constructor({ cause }: { cause?: unknown } = {}) {
    super('git is not installed (no `git` on the PATH).', {
      metaMessages: ['Install git, or run this where the repository was cloned.'],
      cause,
    })
  }
}

/** Where and how {@link createGit} runs git. */
export interface CreateGitParameters {
  /** A folder inside the repository. */
  cwd: string
  /** The environment; `process.env` by default. Tests pass one without the caller's `GIT_*`. */
  env?: NodeJS.ProcessEnv | undefined
}

/**
 * Makes a git runner bound to one repository: no shell (arguments are passed as they are, so any
 * ref or subject text is safe), UTF-8 output, no pager, no colour.
 *
 * @param parameters The repository folder and environment.
 * @returns A function running `git <args>` there.
 * @throws {GitCommandError} (from the runner) when git exits non-zero.
 * @throws {GitNotInstalledError} (from the runner) when git is missing.
 * @example
 * const git = createGit({ cwd: process.cwd() })
 * const head = (await git(['rev-parse', 'HEAD'])).trim()
 */
export function createGit({ cwd, env = process.env }: CreateGitParameters): Git {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-c', 'core.quotePath=false', '-c', 'color.ui=never', ...args],
        {
          cwd,
          env: { ...env, GIT_PAGER: 'cat', LC_ALL: 'C' },
          maxBuffer: 256 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout)
          if ((error as NodeJS.ErrnoException).code === 'ENOENT')
            return reject(new GitNotInstalledError({ cause: error }))
          const exitCode = typeof error.code === 'number' ? error.code : undefined
          reject(new GitCommandError({ args, exitCode, stderr, cause: error }))
        },
      )
    })
}
