import { BaseError } from '../errors/BaseError.ts'

/** Thrown when a logo cannot be used at all: not an SVG, unparsable, too large, or declaring XML entities. */
export class LogoInvalidError extends BaseError {
  override name = 'LogoInvalidError'
  readonly reason: string

  /**
   * @param args.reason - What is wrong, e.g. "the root element is <html>, not <svg>".
   * @param args.fix - What the contributor should do about it.
   * @param args.cause - The parser error behind it, if any.
   */
  constructor({ reason, fix, cause }: { reason: string; fix: string; cause?: unknown }) {
    super(`Logo is not a usable SVG: ${reason}`, { cause, metaMessages: [fix] })
    this.reason = reason
  }
}
