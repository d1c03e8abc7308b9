import type { Address, Chain, EnsName } from '../model/schema.ts'
import type { Plan } from '../probes/Plan.ts'
import { type ContractReading, probeContract } from '../probes/probeContract.ts'
import { type EnsReading, probeEnsName } from '../probes/probeEnsName.ts'
import { probeToken, type TokenReading } from '../probes/probeToken.ts'
import { runPlans } from '../probes/runPlans.ts'
import type { ChainReader } from '../rpc/ChainReader.ts'
import type { Logger } from './Logger.ts'
import type { ChainTargets } from './listChainTargets.ts'
import type { BlockTag, PinnedBlock } from './pinBlock.ts'
import type { Reading } from './Reading.ts'

/** Where a chain's run stands, for a progress line. */
export interface ChainProgress {
  chain: string
  /** Targets (contracts, tokens, ENS names) read so far, and in all. */
  done: number
  total: number
  /** The reader's counters so far. */
  requests: number
  retries: number
}

/** What an edge that reads a chain needs. */
export interface ReadChainFactsDependencies {
  /**
   * Connects to the chain: checks its chain id, pins the block for `blockTag` once, and returns the reader
   * every probe goes through (batching, cache and retries live there), e.g. `createChainReader`.
   */
  openReader: (blockTag: BlockTag | number) => Promise<ChainReader>
  logger: Logger
  /** Stops the run between rounds of reads when aborted. */
  signal?: AbortSignal
  /** Called after each group of targets is read. */
  progress?: (progress: ChainProgress) => void
}

/** Everything read from one chain on one run, all at `block`. Entries keep the order of the targets. */
export interface ChainFacts {
  chain: string
  chainId: number
  block: PinnedBlock
  contracts: Array<{ address: Address; reading: Reading<ContractReading> }>
  tokens: Array<{ address: Address; reading: Reading<TokenReading> }>
  ens: Array<{ name: EnsName; reading: Reading<EnsReading> }>
}

type Target =
  | { list: 'contracts'; address: Address; plan: Plan<ContractReading> }
  | { list: 'tokens'; address: Address; plan: Plan<TokenReading> }
  | { list: 'ens'; name: EnsName; plan: Plan<EnsReading> }

/**
 * Reads one chain at one pinned block: opens a reader (which checks the chain id and pins the block once),
 * then runs the probes (`probeContract`, `probeToken`, `probeEnsName`) through it, `groupSize` targets at
 * a time. A value that cannot be read becomes a failed {@link Reading}; it never stops the others.
 *
 * @example
 * const facts = await readChainFacts({ openReader, logger }, { chain, targets: listChainTargets(registry, chain.id) })
 * @throws whatever `openReader` throws: {ChainIdMismatchError} when the endpoint serves another chain,
 * {RpcRequestFailedError} when the chain id or the block cannot be read (nothing can be, then).
 */
export async function readChainFacts(
  { openReader, logger, signal, progress }: ReadChainFactsDependencies,
  {
    chain,
    targets,
    blockTag = 'finalized',
    groupSize = 50,
  }: { chain: Chain; targets: ChainTargets; blockTag?: BlockTag | number; groupSize?: number },
): Promise<ChainFacts> {
  signal?.throwIfAborted()
  const reader = await openReader(blockTag)
  const block: PinnedBlock = reader.block
  logger.info(`${chain.id}: reading at block ${block.number} (${block.tag})`)

  const registry = chain.ensRegistry
  const all: Target[] = [
    ...targets.contracts.map((address) => ({
      list: 'contracts' as const,
      address,
      plan: probeContract(address),
    })),
    ...targets.tokens.map((address) => ({ list: 'tokens' as const, address, plan: probeToken(address) })),
    ...(registry
      ? targets.ens.map((name) => ({ list: 'ens' as const, name, plan: probeEnsName(registry, name) }))
      : []),
  ]
  const facts: ChainFacts = {
    chain: chain.id,
    chainId: chain.chainId,
    block,
    contracts: [],
    tokens: [],
    ens: [],
  }
  for (let start = 0; start < all.length; start += groupSize) {
    const group = all.slice(start, start + groupSize)
    const readings = await runPlans(
      { reader, ...(signal ? { signal } : {}) },
      group.map((target) => target.plan as Plan<unknown>),
    )
    group.forEach((target, i) => {
      const reading = readings[i] as Reading<never>
      const subject = target.list === 'ens' ? target.name : target.address
      if (!reading.ok) {
        const what = { contracts: 'contract', tokens: 'token', ens: 'ENS name' }[target.list]
        logger.warn(`${chain.id}: could not read ${what} ${subject}: ${reading.failure.reason}`)
      }
      if (target.list === 'ens') facts.ens.push({ name: target.name, reading })
      else facts[target.list].push({ address: target.address, reading })
    })
    const stats = reader.stats()
    progress?.({
      chain: chain.id,
      done: Math.min(start + groupSize, all.length),
      total: all.length,
      requests: stats.httpRequests,
      retries: stats.retries,
    })
  }
  return facts
}
