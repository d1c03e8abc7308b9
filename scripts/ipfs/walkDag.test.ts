import * as dagPb from '@ipld/dag-pb'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { describe, expect, it } from 'vitest'
import { MissingBlockError } from './readBlock.ts'
import { collect } from './test/collect.ts'
import { UnsupportedCodecError, walkDag } from './walkDag.ts'

async function putRaw(blockstore: MemoryBlockstore, text: string) {
  const bytes = new TextEncoder().encode(text)
  const cid = CID.createV1(raw.code, await sha256.digest(bytes))
  await blockstore.put(cid, bytes)
  return cid
}

async function putNode(blockstore: MemoryBlockstore, links: { name: string; cid: CID }[]) {
  const bytes = dagPb.encode(
    dagPb.prepare({ Links: links.map(({ name, cid }) => ({ Name: name, Hash: cid })) }),
  )
  const cid = CID.createV1(dagPb.code, await sha256.digest(bytes))
  await blockstore.put(cid, bytes)
  return cid
}

describe('walkDag', () => {
  it('yields each block once, parent first, depth first, links in order', async () => {
    const blockstore = new MemoryBlockstore()
    const a = await putRaw(blockstore, 'a')
    const b = await putRaw(blockstore, 'b')
    const left = await putNode(blockstore, [{ name: '1', cid: a }])
    const right = await putNode(blockstore, [
      { name: '1', cid: b },
      { name: '2', cid: a },
    ])
    const root = await putNode(blockstore, [
      { name: 'l', cid: left },
      { name: 'r', cid: right },
    ])
    const order = await collect(walkDag(blockstore, root), (block) => block.cid.toString())
    expect(order).toEqual([root, left, a, right, b].map(String))
  })

  it('throws MissingBlockError for a linked block that is not stored', async () => {
    const blockstore = new MemoryBlockstore()
    const absent = CID.createV1(raw.code, await sha256.digest(new Uint8Array([9])))
    const root = await putNode(blockstore, [{ name: 'x', cid: absent }])
    await expect(collect(walkDag(blockstore, root))).rejects.toBeInstanceOf(MissingBlockError)
  })

  it('refuses codecs other than dag-pb and raw', async () => {
    const dagCbor = CID.createV1(0x71, await sha256.digest(new Uint8Array([0xa0])))
    await expect(collect(walkDag(new MemoryBlockstore(), dagCbor))).rejects.toBeInstanceOf(
      UnsupportedCodecError,
    )
  })
})
