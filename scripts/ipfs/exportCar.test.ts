import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { unixfs } from '@helia/unixfs'
import { CarReader } from '@ipld/car/reader'
import { MemoryBlockstore } from 'blockstore-core'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterEach, describe, expect, it } from 'vitest'
import { exportCar } from './exportCar.ts'
import { importDirectory } from './importDirectory.ts'
import { MissingBlockError } from './readBlock.ts'
import { collect } from './test/collect.ts'
import { deterministicBytes } from './test/deterministicBytes.ts'
import { tempTree } from './test/tempTree.ts'
import { walkDag } from './walkDag.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function importedSite() {
  const site = await tempTree({
    'index.html': '<h1>Atlas</h1>',
    'same-a.txt': 'duplicate',
    'same-b.txt': 'duplicate',
    'assets/big.bin': deterministicBytes(1_048_576 * 2 + 5, 'car'),
    '.well-known/security.txt': 'contact',
    empty: null,
  })
  cleanups.push(site.remove)
  const blockstore = new MemoryBlockstore()
  const root = await importDirectory(site.path, { blockstore })
  return { blockstore, root, dir: site.path }
}

describe('exportCar', () => {
  it('writes a CARv1 that reads back with the root and every block, each matching its hash', async () => {
    const { blockstore, root, dir } = await importedSite()
    const carPath = join(dir, '..', `${root}.car`)
    cleanups.push(() => rm(carPath, { force: true }))
    await pipeline(exportCar({ blockstore, root }), createWriteStream(carPath))

    const reader = await CarReader.fromIterable(createReadStream(carPath))
    expect(reader.version).toBe(1)
    expect((await reader.getRoots()).map(String)).toEqual([root.toString()])

    const inCar: string[] = []
    for await (const { cid, bytes } of reader.blocks()) {
      const digest = await sha256.digest(bytes)
      expect(cid.multihash.code).toBe(sha256.code)
      expect(Buffer.from(digest.digest).equals(Buffer.from(cid.multihash.digest))).toBe(true)
      inCar.push(cid.toString())
    }
    const inDag = await collect(walkDag(blockstore, root), (block) => block.cid.toString())
    expect(inCar).toEqual(inDag)
    expect(inCar[0]).toBe(root.toString())
    expect(new Set(inCar).size).toBe(inCar.length)
    // Root, 3 folders, index + 1 deduplicated text + security.txt, big.bin's root and 3 leaves.
    expect(inCar).toHaveLength(11)
  })

  it('gives the same bytes for the same DAG', async () => {
    const { blockstore, root } = await importedSite()
    const first = Buffer.concat(await collect(exportCar({ blockstore, root })))
    const second = Buffer.concat(await collect(exportCar({ blockstore, root })))
    expect(first.equals(second)).toBe(true)
  })

  it('round-trips: a blockstore filled only from the CAR serves the same files', async () => {
    const { blockstore, root } = await importedSite()
    const reader = await CarReader.fromBytes(Buffer.concat(await collect(exportCar({ blockstore, root }))))
    const copy = new MemoryBlockstore()
    for await (const { cid, bytes } of reader.blocks()) await copy.put(cid, bytes)
    const fs = unixfs({ blockstore: copy })
    const read = async (path: string) => Buffer.concat(await collect(fs.cat(root, { path, offline: true })))
    expect((await read('assets/big.bin')).equals(deterministicBytes(1_048_576 * 2 + 5, 'car'))).toBe(true)
    expect((await read('index.html')).toString()).toBe('<h1>Atlas</h1>')
    expect(await collect(fs.ls(root, { offline: true }), (entry) => entry.name)).toEqual([
      '.well-known',
      'assets',
      'empty',
      'index.html',
      'same-a.txt',
      'same-b.txt',
    ])
  })

  it('fails, instead of hanging, when a block is missing', async () => {
    const { root } = await importedSite()
    const partial = new MemoryBlockstore()
    await expect(collect(exportCar({ blockstore: partial, root }))).rejects.toBeInstanceOf(MissingBlockError)
  })

  it('stops cleanly when the reader stops early', async () => {
    const { blockstore, root } = await importedSite()
    for await (const chunk of exportCar({ blockstore, root })) {
      expect(chunk.byteLength).toBeGreaterThan(0)
      break
    }
    // Nothing left running: a second export over the same blockstore still completes.
    expect(Buffer.concat(await collect(exportCar({ blockstore, root }))).byteLength).toBeGreaterThan(0)
  })
})
