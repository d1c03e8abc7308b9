import type { ChainTargets } from '../chain/listChainTargets.ts'
import type { ReadFailure } from '../chain/Reading.ts'
import type { Chain } from '../model/schema.ts'
import { type MergedSnapshot, mergeChainSnapshot } from './mergeChainSnapshot.ts'
import type { ChainSnapshot } from './snapshotSchema.ts'

/**
 * The snapshot to write when nothing could be read from a chain (its RPC is down): the previous snapshot,
 * at its own block, with every listed entry marked stale for `failure` (see {@link mergeChainSnapshot};
 * `sinceBlock` is the previous snapshot's block unless the entry was already stale). Pure.
 *
 * @returns undefined when there is no previous snapshot to keep.
 */
export function markSnapshotStale({
  chain,
  targets,
  previous,
  failure,
  registryHash,
  indexerVersion,
}: {
  chain: Chain
  targets: ChainTargets
  previous: ChainSnapshot | undefined
  failure: ReadFailure
  registryHash: string
  indexerVersion: string
}): MergedSnapshot | undefined {
  if (!previous) return undefined
  const reading = { ok: false, failure } as const
  return mergeChainSnapshot({
    facts: {
      chain: chain.id,
      chainId: chain.chainId,
      block: previous.block,
      contracts: targets.contracts.map((address) => ({ address, reading })),
      tokens: targets.tokens.map((address) => ({ address, reading })),
      ens: targets.ens.map((name) => ({ name, reading })),
    },
    previous,
    registryHash,
    indexerVersion,
  })
}
