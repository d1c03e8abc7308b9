import type { JsonRpcApiProvider } from 'ethers'
import type { Address, Chain } from '../model/schema.ts'
import { describeReadFailure } from './describeReadFailure.ts'
import type { Logger } from './Logger.ts'
import type { ChainTargets } from './listChainTargets.ts'
import { type BlockTag, type PinnedBlock, pinBlock } from './pinBlock.ts'
import type { Reading } from './Reading.ts'
import { type ContractCode, readContractCode } from './readContractCode.ts'
import { type Erc20Token, readErc20Token } from './readErc20Token.ts'
import { verifyChainId } from './verifyChainId.ts'

/** What an edge that reads a chain needs. */
export interface ReadChainFactsDependencies {
  /** A provider for this chain, best built with `{ staticNetwork: true }` (the chain id is checked here). */
  provider: JsonRpcApiProvider
  logger: Logger
  /** Stops the run between reads when aborted. */
  signal?: AbortSignal
}

/** Everything read from one chain on one run, all at `block`. Entries keep the order of the targets. */
export interface ChainFacts {
  chain: string
  chainId: number
  block: PinnedBlock
  contracts: Array<{ address: Address; reading: Reading<ContractCode> }>
  tokens: Array<{ address: Address; reading: Reading<Erc20Token> }>
}

/**
 * Reads one chain at one pinned block: checks `eth_chainId`, pins the block once (see {@link pinBlock}),
 * then reads every contract's code and every token's ERC-20 metadata with `blockTag` set to that block's
 * number. A value that cannot be read becomes a failed {@link Reading}; it never stops the others.
 *
 * @example
 * const facts = await readChainFacts({ provider, logger }, { chain, targets: listChainTargets(registry, chain.id) })
 * @throws {ChainIdMismatchError} when the provider serves another chain.
 * @throws {RpcRequestFailedError} when the chain id or the block cannot be read (nothing can be, then).
 */
export async function readChainFacts(
  { provider, logger, signal }: ReadChainFactsDependencies,
  { chain, targets, blockTag = 'finalized' }: { chain: Chain; targets: ChainTargets; blockTag?: BlockTag },
): Promise<ChainFacts> {
  signal?.throwIfAborted()
  await verifyChainId({ provider }, { chain })
  signal?.throwIfAborted()
  const block = await pinBlock({ provider, logger }, { chain: chain.id, blockTag })
  logger.info(`${chain.id}: reading at block ${block.number} (${block.tag})`)

  const attempt = async <T>(what: string, address: Address, read: () => Promise<T>): Promise<Reading<T>> => {
    signal?.throwIfAborted()
    try {
      return { ok: true, value: await read() }
    } catch (error) {
      signal?.throwIfAborted()
      const failure = describeReadFailure(error)
      logger.warn(`${chain.id}: could not read ${what} ${address}: ${failure.reason}`)
      return { ok: false, failure }
    }
  }

  const blockNumber = block.number
  const contracts: ChainFacts['contracts'] = []
  for (const address of targets.contracts) {
    const reading = await attempt('the code of contract', address, () =>
      readContractCode({ provider }, { address, blockNumber }),
    )
    contracts.push({ address, reading })
  }
  const tokens: ChainFacts['tokens'] = []
  for (const address of targets.tokens) {
    const reading = await attempt('ERC-20 token', address, () =>
      readErc20Token({ provider }, { address, blockNumber }),
    )
    tokens.push({ address, reading })
  }
  return { chain: chain.id, chainId: chain.chainId, block, contracts, tokens }
}
