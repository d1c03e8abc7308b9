import type { ReadFailure, Reading } from '../chain/Reading.ts'
import type { ChainFacts } from '../chain/readChainFacts.ts'
import type { BlockHeader } from '../chain/rpcSchemas.ts'
import type { ChainSnapshot, ContractFacts, TokenFacts } from './snapshotSchema.ts'

/** The facts a snapshot is made from; `block` needs no tag. */
export type SnapshotFacts = Omit<ChainFacts, 'block'> & { block: BlockHeader }

/** A merged snapshot and what happened to the values that could not be read. */
export interface MergedSnapshot {
  snapshot: ChainSnapshot
  /** Entries that kept an earlier value with a stale mark. */
  stale: number
  /** Entries left out: not readable, and no earlier value to keep. */
  leftOut: number
  /** Failures caused by the node or network rather than by a contract (see ReadFailure.kind). */
  rpcFailures: number
  /** One line per entry left out. */
  warnings: string[]
}

/**
 * Builds a chain's new snapshot from this run's facts and its previous snapshot. Pure.
 *
 * Invariant: a good value is never replaced by an error. A value read now is written as read (any stale
 * mark goes). A value that could not be read keeps the previous snapshot's value with
 * `stale: { reason, sinceBlock }`; `sinceBlock` is this run's block, or the earlier mark's when it was
 * already stale. A value with no previous one is left out, with a warning. Entries the registry no longer
 * lists drop out. A previous snapshot of another chain is ignored.
 */
export function mergeChainSnapshot({
  facts,
  previous,
  registryHash,
}: {
  facts: SnapshotFacts
  previous?: ChainSnapshot
  registryHash: string
}): MergedSnapshot {
  const earlier =
    previous && previous.chain === facts.chain && previous.chainId === facts.chainId ? previous : undefined
  const result: MergedSnapshot = {
    snapshot: {
      version: 1,
      chain: facts.chain,
      chainId: facts.chainId,
      block: { number: facts.block.number, hash: facts.block.hash, timestamp: facts.block.timestamp },
      registryHash,
      contracts: {},
      tokens: {},
    },
    stale: 0,
    leftOut: 0,
    rpcFailures: 0,
    warnings: [],
  }

  const settle = <T extends ContractFacts | TokenFacts>(
    what: string,
    address: string,
    reading: Reading<Omit<T, 'stale'>>,
    before: T | undefined,
  ): T | undefined => {
    if (reading.ok) return { ...reading.value } as T
    const { failure } = reading
    if (failure.kind === 'rpc') result.rpcFailures++
    if (before) {
      result.stale++
      return { ...before, stale: staleMark(failure, before, facts.block.number) }
    }
    result.leftOut++
    result.warnings.push(
      `${facts.chain}: ${what} ${address} could not be read (${failure.reason}) and has no earlier value; left out of the snapshot`,
    )
    return undefined
  }

  for (const { address, reading } of facts.contracts) {
    const value = settle<ContractFacts>('contract', address, reading, earlier?.contracts[address])
    if (value) result.snapshot.contracts[address] = value
  }
  for (const { address, reading } of facts.tokens) {
    const value = settle<TokenFacts>('token', address, reading, earlier?.tokens[address])
    if (value) result.snapshot.tokens[address] = value
  }
  return result
}

function staleMark(failure: ReadFailure, before: { stale?: { sinceBlock: number } }, blockNumber: number) {
  return { reason: failure.reason, sinceBlock: before.stale?.sinceBlock ?? blockNumber }
}
