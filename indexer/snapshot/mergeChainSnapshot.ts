import type { ReadFailure } from '../chain/Reading.ts'
import type { ChainFacts } from '../chain/readChainFacts.ts'
import type { BlockHeader } from '../chain/rpcSchemas.ts'
import type { ChainSnapshot, ContractFacts, EnsFacts, Erc721Facts, TokenFacts } from './snapshotSchema.ts'

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

type Stale = { stale?: { reason: string; sinceBlock: number } | undefined }

/**
 * Builds a chain's new snapshot (version 2) from this run's facts and its previous snapshot (version 1 or
 * 2). Pure.
 *
 * Invariant: a good value is never replaced by an error. A value read now is written as read (any stale
 * mark goes). A value that could not be read keeps the previous snapshot's value with
 * `stale: { reason, sinceBlock }`; `sinceBlock` is this run's block, or the earlier mark's when it was
 * already stale. A value with no previous one is left out, with a warning. Entries the registry no longer
 * lists drop out. A previous snapshot of another chain is ignored. A token that could not be read keeps
 * its earlier entry in whichever map held it (`tokens` for ERC-20, `erc721` for collections).
 *
 * @example mergeChainSnapshot({ facts, previous, registryHash, indexerVersion: '0.1.0' }).snapshot
 */
export function mergeChainSnapshot({
  facts,
  previous,
  registryHash,
  indexerVersion,
}: {
  facts: SnapshotFacts
  previous?: ChainSnapshot | undefined
  registryHash: string
  /** The `version` of the indexer's package.json, recorded in the header. */
  indexerVersion: string
}): MergedSnapshot {
  const earlier =
    previous && previous.chain === facts.chain && previous.chainId === facts.chainId ? previous : undefined
  const snapshot: ChainSnapshot = {
    version: 2,
    chain: facts.chain,
    chainId: facts.chainId,
    block: { number: facts.block.number, hash: facts.block.hash, timestamp: facts.block.timestamp },
    registryHash,
    indexerVersion,
    contracts: {},
    tokens: {},
    erc721: {},
    ens: {},
  }
  const result: MergedSnapshot = { snapshot, stale: 0, leftOut: 0, rpcFailures: 0, warnings: [] }

  /** The value to write for a failed reading: the earlier one marked stale, or nothing (left out). */
  const keep = <T extends Stale>(what: string, key: string, failure: ReadFailure, before: T | undefined) => {
    if (failure.kind === 'rpc') result.rpcFailures++
    if (before) {
      result.stale++
      return { ...before, stale: staleMark(failure, before, facts.block.number) }
    }
    result.leftOut++
    result.warnings.push(
      `${facts.chain}: ${what} ${key} could not be read (${failure.reason}) and has no earlier value; left out of the snapshot`,
    )
    return undefined
  }

  for (const { address, reading } of facts.contracts) {
    const value: ContractFacts | undefined = reading.ok
      ? { ...reading.value }
      : keep('contract', address, reading.failure, earlier?.contracts[address])
    if (value) snapshot.contracts[address] = value
  }
  for (const { address, reading } of facts.tokens) {
    if (reading.ok) {
      if (reading.value.standard === 'erc20') snapshot.tokens[address] = { ...reading.value.facts }
      else setEntry(snapshot, 'erc721', address, { ...reading.value.facts })
      continue
    }
    const asCollection = earlier?.erc721?.[address]
    if (asCollection) {
      const kept = keep<Erc721Facts>('token', address, reading.failure, asCollection)
      if (kept) setEntry(snapshot, 'erc721', address, kept)
    } else {
      const kept = keep<TokenFacts>('token', address, reading.failure, earlier?.tokens[address])
      if (kept) snapshot.tokens[address] = kept
    }
  }
  for (const { name, reading } of facts.ens) {
    const value: EnsFacts | undefined = reading.ok
      ? { ...reading.value }
      : keep('ENS name', name, reading.failure, earlier?.ens?.[name])
    if (value) setEntry(snapshot, 'ens', name, value)
  }
  return result
}

function setEntry<K extends 'erc721' | 'ens'>(
  snapshot: ChainSnapshot,
  map: K,
  key: string,
  value: NonNullable<ChainSnapshot[K]>[string],
): void {
  const entries = (snapshot[map] ?? {}) as NonNullable<ChainSnapshot[K]>
  entries[key] = value
  snapshot[map] = entries
}

function staleMark(failure: ReadFailure, before: Stale, blockNumber: number) {
  return { reason: failure.reason, sinceBlock: before.stale?.sinceBlock ?? blockNumber }
}
