import { BaseError } from '../errors/BaseError.ts'

/** Thrown when `--chain` or `--at` cannot be used as given. */
export class IndexArgumentInvalidError extends BaseError {
  override name = 'IndexArgumentInvalidError'
  /** The argument at fault, e.g. `--chain polygon-zkevm`. */
  readonly argument: string
  constructor({ argument, problem, fix }: { argument: string; problem: string; fix: string }) {
    super(`${argument}: ${problem}.`, { metaMessages: [fix] })
    this.argument = argument
  }
}
