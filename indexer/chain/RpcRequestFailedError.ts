import { BaseError } from '../errors/BaseError.ts'

/**
 * Thrown when a request a whole chain depends on (its chain id, the block to read at) fails, so nothing
 * can be read from that chain on this run.
 */
export class RpcRequestFailedError extends BaseError {
  override name = 'RpcRequestFailedError'
  readonly chain: string
  readonly method: string
  /** Short and stable (no URL, port or time), fit to be written into a stale mark. */
  readonly reason: string
  constructor({
    chain,
    method,
    reason,
    cause,
  }: { chain: string; method: string; reason: string; cause?: unknown }) {
    super(`Could not read ${chain} over JSON-RPC (${method}): ${reason}.`, {
      cause,
      metaMessages: [
        'Check that the RPC URL is right and the node is up; the previous snapshot values are kept.',
      ],
    })
    this.chain = chain
    this.method = method
    this.reason = reason
  }
}
