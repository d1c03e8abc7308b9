import type { Chain } from '../../../indexer/model/schema.ts'
import type { ChainSnapshot, EnsFacts } from '../../../indexer/snapshot/snapshotSchema.ts'

/** A project's ENS name as one chain's snapshot read it. */
export interface EnsView {
  chainId: string
  chainName: string
  block: number
  blockTimestamp: number
  facts: EnsFacts
}

/**
 * The ENS facts every snapshot holds for a name, sorted by chain id.
 *
 * @param name - The project's normalized ENS name, or undefined.
 * @param snapshots - The committed snapshots by chain id.
 * @param chains - The registry's chains, for their names.
 * @returns One entry per chain whose snapshot read the name.
 * @example
 * ensFactsOf('uniswap.eth', atlas.snapshots, atlas.registry.chains)
 */
export function ensFactsOf(
  name: string | undefined,
  snapshots: Record<string, ChainSnapshot>,
  chains: readonly Pick<Chain, 'id' | 'name'>[],
): EnsView[] {
  if (!name) return []
  return Object.keys(snapshots)
    .sort()
    .flatMap((chainId) => {
      const snapshot = snapshots[chainId]
      const facts = snapshot?.ens?.[name]
      if (!snapshot || !facts) return []
      return [
        {
          chainId,
          chainName: chains.find((chain) => chain.id === chainId)?.name ?? chainId,
          block: snapshot.block.number,
          blockTimestamp: snapshot.block.timestamp,
          facts,
        },
      ]
    })
}
