import type { Address, EnsName, Registry } from '../model/schema.ts'

/** What the indexer reads on one chain, deduplicated and sorted. */
export interface ChainTargets {
  /** Every `contracts[]` address on the chain. */
  contracts: Address[]
  /** Every `tokens[]` address on the chain. */
  tokens: Address[]
  /** Every project's `ens` name, when the chain has an `ensRegistry`; empty otherwise. */
  ens: EnsName[]
}

/**
 * Collects what the indexer must read on `chainId` (a chain's `id`, e.g. "ethereum") from every project.
 * Pure; the order is stable (by address or name), whatever order projects list them in.
 */
export function listChainTargets(registry: Registry, chainId: string): ChainTargets {
  const collect = (list: 'contracts' | 'tokens') =>
    sortedUnique(
      registry.projects.flatMap((project) =>
        project[list].filter((entry) => entry.chain === chainId).map((entry) => entry.address),
      ),
    )
  const hasEns = registry.chains.some((chain) => chain.id === chainId && chain.ensRegistry)
  const ens = hasEns
    ? sortedUnique(registry.projects.flatMap((project) => (project.ens ? [project.ens] : [])))
    : []
  return { contracts: collect('contracts'), tokens: collect('tokens'), ens }
}

function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
