import { type JsonRpcApiProvider, toQuantity } from 'ethers'
import { describeReadFailure, jsonRpcErrorCode } from './describeReadFailure.ts'
import type { Logger } from './Logger.ts'
import { RpcRequestFailedError } from './RpcRequestFailedError.ts'
import { type BlockHeader, BlockHeaderSchema } from './rpcSchemas.ts'

/** Which block to read a chain at: the newest finalized one (default), or the newest one. */
export type BlockTag = 'finalized' | 'latest'

/** The block every fact of one run is read at, and the tag it was found by (`at`: a number was asked for). */
export interface PinnedBlock extends BlockHeader {
  tag: BlockTag | 'at'
}

/**
 * Picks the block a run reads at, once, so every later call can use `{ blockTag: number }`.
 * `finalized` is asked for first; a node that answers it with a JSON-RPC error (tag unsupported) or
 * `null` (nothing finalized yet) is read at `latest` instead. Note that a dev node's finalized block lags:
 * anvil reports `latest - 2 × slots-in-an-epoch` (64 blocks by default). A block number (`--at`) is read
 * as it is, to reproduce an earlier snapshot.
 *
 * @throws {RpcRequestFailedError} when the node cannot be reached or returns no usable block (or no block
 * of the number asked for).
 */
export async function pinBlock(
  { provider, logger }: { provider: JsonRpcApiProvider; logger: Logger },
  { chain, blockTag = 'finalized' }: { chain: string; blockTag?: BlockTag | number },
): Promise<PinnedBlock> {
  if (typeof blockTag === 'number') {
    const header = await requestBlock(provider, chain, toQuantity(blockTag))
    if (!header) {
      throw new RpcRequestFailedError({
        chain,
        method: 'eth_getBlockByNumber',
        reason: `the node has no block ${blockTag}`,
      })
    }
    return { ...header, tag: 'at' }
  }
  if (blockTag === 'finalized') {
    try {
      const header = await requestBlock(provider, chain, 'finalized')
      if (header) return { ...header, tag: 'finalized' }
      logger.info(`${chain}: the node has no finalized block yet; reading at the latest block`)
    } catch (error) {
      if (error instanceof RpcRequestFailedError && jsonRpcErrorCode(error.cause) !== undefined) {
        logger.info(
          `${chain}: the node does not support the "finalized" block tag; reading at the latest block`,
        )
      } else throw error
    }
  }
  const header = await requestBlock(provider, chain, 'latest')
  if (!header) {
    throw new RpcRequestFailedError({
      chain,
      method: 'eth_getBlockByNumber',
      reason: 'the node returned no latest block',
    })
  }
  return { ...header, tag: 'latest' }
}

async function requestBlock(
  provider: JsonRpcApiProvider,
  chain: string,
  tag: string,
): Promise<BlockHeader | null> {
  const method = 'eth_getBlockByNumber'
  let raw: unknown
  try {
    raw = await provider.send(method, [tag, false])
  } catch (error) {
    throw new RpcRequestFailedError({
      chain,
      method,
      reason: describeReadFailure(error).reason,
      cause: error,
    })
  }
  if (raw === null) return null
  const parsed = BlockHeaderSchema.safeParse(raw)
  if (!parsed.success)
    throw new RpcRequestFailedError({ chain, method, reason: 'invalid block from the node' })
  return parsed.data
}
