import { join } from 'node:path'
import { loadRegistry } from '../../indexer/registry/loadRegistry.ts'
import { loadSnapshots } from '../../indexer/snapshot/loadSnapshots.ts'
import { type Atlas, buildAtlas } from './atlas.ts'

export interface LoadAtlasOptions {
  /** Folder that holds `registry/` and `snapshot/`. Defaults to the working directory, which during
   * `astro build` is the repository root. */
  rootDir?: string
}

const cache = new Map<string, Promise<Atlas>>()

/**
 * Reads the registry and the committed snapshots, once per build, and derives everything the pages show.
 * This is the only I/O the site does; every page calls it and gets the same object.
 *
 * @throws {RegistryInvalidError} when the registry has errors.
 * @throws {SnapshotInvalidError} when a snapshot file is malformed.
 */
export function loadAtlas(options: LoadAtlasOptions = {}): Promise<Atlas> {
  const rootDir = options.rootDir ?? process.cwd()
  let atlas = cache.get(rootDir)
  if (!atlas) {
    atlas = (async () => {
      const registry = await loadRegistry(join(rootDir, 'registry'), rootDir)
      const snapshots = await loadSnapshots(join(rootDir, 'snapshot'))
      return buildAtlas(registry, snapshots)
    })()
    cache.set(rootDir, atlas)
  }
  return atlas
}
