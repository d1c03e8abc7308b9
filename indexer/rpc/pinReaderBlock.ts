import { toQuantity } from 'ethers'
import type { Logger } from '../chain/Logger.ts'
import type { PinnedBlock } from '../chain/pinBlock.ts'
import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import { type BlockHeader, BlockHeaderSchema } from '../chain/rpcSchemas.ts'
import type { RpcOutcome, RpcTransport } from './RpcTransport.ts'

/** Which block to read at: the newest finalized one, the newest one, or a given number. */
export type ReaderBlockTag = 'finalized' | 'latest' | number

const HeaderOrNullSchema = BlockHeaderSchema.nullable()

/**
 * Picks the block a reader reads everything at, once. `finalized` falls back to `latest` on a node that
 * rejects the tag or has nothing finalized yet, as {@link pinBlock} does. A number is looked up together
 * with the finalized block (one batch): its `tag` is `finalized` when it is at or below the finalized
 * block, else `latest`, so `tag === 'finalized'` always means "final, safe to cache".
 *
 * @returns the block's number, hash and timestamp, and its tag.
 * @throws {RpcRequestFailedError} when the node cannot be asked or has no such block.
 * @example
 * const block = await pinReaderBlock({ transport, logger }, { chain: 'ethereum', blockTag: 'finalized' })
 */
export async function pinReaderBlock(
  { transport, logger }: { transport: RpcTransport; logger: Logger },
  { chain, blockTag }: { chain: string; blockTag: ReaderBlockTag },
): Promise<PinnedBlock> {
  const ask = (tag: string) =>
    transport.request({ method: 'eth_getBlockByNumber', params: [tag, false], schema: HeaderOrNullSchema })
  if (typeof blockTag === 'number') {
    const [numbered, finalized] = await Promise.all([ask(toQuantity(blockTag)), ask('finalized')])
    const header = headerOf(numbered, chain)
    if (!header) throw noBlock(chain, `the node has no block ${blockTag}`)
    const final = finalized.ok && finalized.result !== null && header.number <= finalized.result.number
    return { ...header, tag: final ? 'finalized' : 'latest' }
  }
  if (blockTag === 'finalized') {
    const finalized = await ask('finalized')
    if (finalized.ok && finalized.result) return { ...finalized.result, tag: 'finalized' }
    logger.info(
      finalized.ok
        ? `${chain}: the node has no finalized block yet; reading at the latest block`
        : `${chain}: the node does not support the "finalized" block tag; reading at the latest block`,
    )
  }
  const header = headerOf(await ask('latest'), chain)
  if (!header) throw noBlock(chain, 'the node returned no latest block')
  return { ...header, tag: 'latest' }
}

function headerOf(outcome: RpcOutcome<BlockHeader | null>, chain: string): BlockHeader | null {
  if (outcome.ok) return outcome.result
  throw noBlock(chain, `node returned JSON-RPC error ${outcome.error.code}`)
}

function noBlock(chain: string, reason: string): RpcRequestFailedError {
  return new RpcRequestFailedError({ chain, method: 'eth_getBlockByNumber', reason })
}
