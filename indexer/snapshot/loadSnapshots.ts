import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Chain } from '../model/schema.ts'
import { readSnapshot } from './readSnapshot.ts'
import type { ChainSnapshot } from './snapshotSchema.ts'

/** Path of a chain's snapshot file: `<snapshotDir>/<chain id>.json`. */
export function snapshotFile(snapshotDir: string, chain: string): string {
  return join(snapshotDir, `${chain}.json`)
}

/**
 * Reads and validates snapshots, each checked to hold the chain its file is named after.
 * @param snapshotDir e.g. `snapshot`; a missing folder holds no snapshots.
 * @param chains Read only these chains' files (and check their chain ids too). Default: every
 * `<chain id>.json` in the folder.
 * @returns snapshots keyed by chain id ("ethereum"); a chain without a file is absent.
 * @throws {SnapshotInvalidError} for the first invalid file, in chain (or file name) order.
 */
export async function loadSnapshots(
  snapshotDir: string,
  chains?: ReadonlyArray<Pick<Chain, 'id' | 'chainId'>>,
): Promise<Record<string, ChainSnapshot>> {
  const expected =
    chains?.map((chain) => ({ chain: chain.id, chainId: chain.chainId })) ?? (await listFiles(snapshotDir))
  const snapshots: Record<string, ChainSnapshot> = Object.create(null)
  for (const check of expected) {
    const snapshot = await readSnapshot(snapshotFile(snapshotDir, check.chain), check)
    if (snapshot) snapshots[check.chain] = snapshot
  }
  return snapshots
}

async function listFiles(snapshotDir: string): Promise<Array<{ chain: string }>> {
  let names: string[]
  try {
    names = await readdir(snapshotDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .filter((name) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/.test(name))
    .sort()
    .map((name) => ({ chain: name.slice(0, -'.json'.length) }))
}
