import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown by a CLI when its arguments do not make sense (exit code 1). */
export class UsageError extends BaseError {
  override name = 'UsageError'
}

/** A class of errors that a CLI reports as bad input (exit code 1). */
// biome-ignore lint/suspicious/noExplicitAny: constructors take any arguments; only instanceof is used.
export type ErrorClass = abstract new (...args: any[]) => Error

/**
 * Maps an error thrown by a CLI's work to its exit code: 1 for bad input (a `node:util` parseArgs
 * error, a {@link UsageError}, or an instance of one of `badInput`), 2 for every other failure.
 *
 * @param error What the CLI caught.
 * @param badInput More error classes that mean the user asked for something impossible.
 * @returns 1 or 2.
 * @example
 * process.exitCode = cliExitCode(error, [SymlinkRefusedError, UnknownProfileError])
 */
export function cliExitCode(error: unknown, badInput: readonly ErrorClass[] = []): 1 | 2 {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return 1
  return [UsageError, ...badInput].some((errorClass) => error instanceof errorClass) ? 1 : 2
}

/**
 * Prints what went wrong (and the usage line when the input was bad) and sets the exit code.
 * @param error What the CLI caught.
 * @param usage The CLI's one-line usage, shown for bad input.
 * @param badInput Error classes that mean bad input (see {@link cliExitCode}).
 */
export function reportCliFailure(error: unknown, usage: string, badInput: readonly ErrorClass[] = []): void {
  const exitCode = cliExitCode(error, badInput)
  console.error(error instanceof Error ? error.message : String(error))
  if (exitCode === 1) console.error(usage)
  process.exitCode = exitCode
}
