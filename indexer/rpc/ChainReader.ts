import type { PinnedBlock } from '../chain/pinBlock.ts'

/** One `eth_call` to make at the pinned block. */
export interface CallRequest {
  /** Checksummed or lowercase 0x address. */
  to: string
  /** ABI-encoded calldata, 0x hex. */
  data: string
}

/** The outcome of one call. A revert, or empty return data from an address without code, is `success: false`. */
export interface CallResult {
  success: boolean
  /** Return data (0x hex); `0x` when the call failed. */
  returnData: string
}

/**
 * Everything the indexer's probes need from a chain, all read at one pinned block. Implementations batch,
 * cache and retry behind this interface (Multicall3 `aggregate3`, JSON-RPC batches, a cache keyed by
 * chain, block and call), so probes stay pure plans of calls plus decoders.
 *
 * Errors: a request that cannot be answered after bounded retries rejects with `RpcRequestFailedError`
 * (from `../chain/RpcRequestFailedError.ts`); a call that reverts resolves with `success: false`.
 */
export interface ChainReader {
  readonly chainId: number
  /** The block every read is pinned to. */
  readonly block: PinnedBlock
  /** Runs many calls at the pinned block; results are in request order. */
  callMany(requests: readonly CallRequest[], options?: { signal?: AbortSignal }): Promise<CallResult[]>
  /** `eth_getCode` at the pinned block, many addresses at once; results in request order. */
  getCodes(addresses: readonly string[], options?: { signal?: AbortSignal }): Promise<string[]>
  /** `eth_getStorageAt` at the pinned block; each slot as 32-byte 0x hex; results in request order. */
  getStorageSlots(
    requests: ReadonlyArray<{ address: string; slot: string }>,
    options?: { signal?: AbortSignal },
  ): Promise<string[]>
  /** Counters for progress and benchmarks. */
  stats(): { httpRequests: number; rpcCalls: number; ethCalls: number; retries: number; cacheHits: number }
}
