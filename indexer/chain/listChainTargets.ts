import type { Address, Registry } from '../model/schema.ts'

/** The addresses the registry lists on one chain, deduplicated and sorted. */
export interface ChainTargets {
  /** Every `contracts[]` address on the chain. */
  contracts: Address[]
  /** Every `tokens[]` address on the chain. */
  tokens: Address[]
}

/**
 * Collects what the indexer must read on `chainId` (a chain's `id`, e.g. "ethereum") from every project.
 * Pure; the order is stable (by address), whatever order projects list them in.
 */
export function listChainTargets(registry: Registry, chainId: string): ChainTargets {
  const collect = (list: 'contracts' | 'tokens') =>
    [
      ...new Set(
        registry.projects.flatMap((project) =>
          project[list].filter((entry) => entry.chain === chainId).map((entry) => entry.address),
        ),
      ),
    ].sort(compareStrings)
  return { contracts: collect('contracts'), tokens: collect('tokens') }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
