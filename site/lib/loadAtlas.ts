import { join } from 'node:path'
import { loadRegistry } from '../../indexer/registry/loadRegistry.ts'
import { loadSnapshots } from '../../indexer/snapshot/loadSnapshots.ts'
import { type Atlas, buildAtlas } from './atlas.ts'

export interface LoadAtlasOptions {
  /** Folder that holds `registry/` and `snapshot/`. Defaults to `atlasRoot()`. */
  rootDir?: string
}

const cache = new Map<string, Promise<Atlas>>()

/**
 * The folder holding `registry/` and `snapshot/` for this build: `ATLAS_ROOT` when set (tests build the
 * site from a registry in a temporary folder), else the working directory, the repository root.
 */
export function atlasRoot(): string {
  return process.env.ATLAS_ROOT ?? process.cwd()
}

/**
 * Reads the registry and the committed snapshots, once per build, and derives everything the pages show.
 * This is the only I/O the site does; every page calls it and gets the same object.
 *
 * @throws {RegistryInvalidError} when the registry has errors.
 * @throws {SnapshotInvalidError} when a snapshot file is malformed.
 */
export function loadAtlas(options: LoadAtlasOptions = {}): Promise<Atlas> {
  const rootDir = options.rootDir ?? atlasRoot()
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
