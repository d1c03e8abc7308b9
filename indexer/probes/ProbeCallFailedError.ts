import { BaseError } from '../errors/BaseError.ts'

/**
 * Thrown by a probe when the chain answered but the contract did not behave as the probe needs (a
 * token's `decimals()` reverts, an address holds no code): retrying does not help, the registry entry or
 * the contract is at fault. The indexer records `reason` as a stale mark, so it is short and stable.
 */
export class ProbeCallFailedError extends BaseError {
  override name = 'ProbeCallFailedError'
  readonly address: string
  /** Short and stable, with no URL, port or time in it, e.g. "decimals() reverted". */
  readonly reason: string
  constructor({ address, reason }: { address: string; reason: string }) {
    super(`${address}: ${reason}.`, {
      metaMessages: [
        'Check that the registry lists the right address and that it is the kind of contract it says.',
      ],
    })
    this.address = address
    this.reason = reason
  }
}
