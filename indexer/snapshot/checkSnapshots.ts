import { listChainTargets } from '../chain/listChainTargets.ts'
import { loadRegistry } from '../registry/loadRegistry.ts'
import { loadSnapshots, snapshotFile } from './loadSnapshots.ts'
import { registryHash } from './registryHash.ts'

/** How one chain's committed snapshot relates to the registry as it is now. */
export interface SnapshotCheck {
  chain: string
  file: string
  /** `current`: made from this registry; `outdated`: from another one; `missing`: never indexed. */
  status: 'current' | 'outdated' | 'missing'
  /** Registry entries on this chain the snapshot does not hold, and snapshot entries the registry no longer lists. */
  notInSnapshot: number
  notInRegistry: number
}

/**
 * `npm run index -- --check`: whether each chain's snapshot was made from the registry as it is now
 * (same `registryHash`). Reads files only, never the network.
 *
 * @returns the registry's hash and one check per chain of `chains.yaml`, in its order.
 * @throws {RegistryInvalidError} when the registry has errors.
 * @throws {SnapshotInvalidError} when a snapshot file is not valid.
 * @example (await checkSnapshots({ registryDir: 'registry', snapshotDir: 'snapshot' })).chains[0]?.status // 'current'
 */
export async function checkSnapshots({
  registryDir,
  snapshotDir,
}: {
  registryDir: string
  snapshotDir: string
}): Promise<{ registryHash: string; chains: SnapshotCheck[] }> {
  const registry = await loadRegistry(registryDir)
  const hash = registryHash(registry)
  const snapshots = await loadSnapshots(snapshotDir, registry.chains)
  const chains = registry.chains.map((chain): SnapshotCheck => {
    const file = snapshotFile(snapshotDir, chain.id)
    const snapshot = snapshots[chain.id]
    const targets = listChainTargets(registry, chain.id)
    const listed = new Set<string>([
      ...targets.contracts.map((address) => `contract ${address}`),
      ...targets.tokens.map((address) => `token ${address}`),
      ...targets.ens.map((name) => `ens ${name}`),
    ])
    const held = new Set<string>(
      snapshot
        ? [
            ...Object.keys(snapshot.contracts).map((address) => `contract ${address}`),
            ...Object.keys(snapshot.tokens).map((address) => `token ${address}`),
            ...Object.keys(snapshot.erc721 ?? {}).map((address) => `token ${address}`),
            ...Object.keys(snapshot.ens ?? {}).map((name) => `ens ${name}`),
          ]
        : [],
    )
    return {
      chain: chain.id,
      file,
      status: !snapshot ? 'missing' : snapshot.registryHash === hash ? 'current' : 'outdated',
      notInSnapshot: [...listed].filter((key) => !held.has(key)).length,
      notInRegistry: [...held].filter((key) => !listed.has(key)).length,
    }
  })
  return { registryHash: hash, chains }
}
