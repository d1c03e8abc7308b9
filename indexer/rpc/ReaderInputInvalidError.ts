import { BaseError } from '../errors/BaseError.ts'

/** Thrown when a chain reader is given something it cannot send: a malformed address, calldata or option. */
export class ReaderInputInvalidError extends BaseError {
  override name = 'ReaderInputInvalidError'
  /** Which input, e.g. `callMany request 3 .to` or `urls[1]` (never a URL itself). */
  readonly input: string
  constructor({ input, problem, fix }: { input: string; problem: string; fix: string }) {
    super(`${input} ${problem}.`, { metaMessages: [fix] })
    this.input = input
  }
}
