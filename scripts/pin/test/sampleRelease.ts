import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import { exportCar } from '../../ipfs/exportCar.ts'
import { importDirectory } from '../../ipfs/importDirectory.ts'
import { collect } from '../../ipfs/test/collect.ts'
import { deterministicBytes } from '../../ipfs/test/deterministicBytes.ts'
import { tempTree } from '../../ipfs/test/tempTree.ts'

/** A small built site as the release scripts see it: its blocks, root and CAR. */
export interface SampleRelease {
  /** The folder on disk (a `dist`-like tree). */
  dist: string
  blockstore: MemoryBlockstore
  root: CID
  car: Uint8Array
  remove: () => Promise<void>
}

/**
 * Builds a site folder with a page, a nested file and a 2.5 MiB file (three 1 MiB-chunk leaves under a
 * file node, so the DAG has depth), imports it with the project's importer and exports its CAR.
 *
 * @returns The folder, blockstore, root and CAR bytes; call `remove()` when done.
 * @example
 * const release = await sampleRelease()
 */
export async function sampleRelease(): Promise<SampleRelease> {
  const tree = await tempTree({
    'dist/index.html': '<h1>Web3 Atlas</h1>',
    'dist/projects/ens.html': '<h1>ENS</h1>',
    'dist/data/graph.bin': deterministicBytes(2_621_440, 'atlas-pin-test'),
  })
  const dist = `${tree.path}/dist`
  const blockstore = new MemoryBlockstore()
  const root = await importDirectory(dist, { blockstore })
  const car = Buffer.concat(await collect(exportCar({ blockstore, root })))
  return { dist, blockstore, root, car, remove: tree.remove }
}
