/** Arguments every Atlas error is built from. */
export interface BaseErrorParameters {
  /** Extra detail shown under the short message. */
  details?: string
  /** Hints that tell the reader what to do next. */
  metaMessages?: readonly string[]
  /** The error that caused this one. */
  cause?: unknown
}

/**
 * Root of every error the Atlas throws on purpose: a one-line `shortMessage`, optional details and
 * fix hints, and the original `cause`, so a CLI can print something a person can act on.
 *
 * @example
 * throw new BaseError('Snapshot is unreadable.', { metaMessages: ['Delete it and run `npm run index`.'] })
 */
export class BaseError extends Error {
  override name = 'BaseError'
  readonly shortMessage: string
  readonly details: string | undefined
  readonly metaMessages: readonly string[]

  constructor(shortMessage: string, parameters: BaseErrorParameters = {}) {
    const { details, metaMessages = [], cause } = parameters
    const lines = [
      shortMessage,
      ...(details ? ['', details] : []),
      ...(metaMessages.length ? ['', ...metaMessages] : []),
    ]
    super(lines.join('\n'), cause === undefined ? undefined : { cause })
    this.shortMessage = shortMessage
    this.details = details
    this.metaMessages = metaMessages
  }
}
