import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { describe, expect, it } from 'vitest'
import { MissingBlockError, readBlock } from './readBlock.ts'

describe('readBlock', () => {
  it('returns the bytes of a stored block', async () => {
    const bytes = new TextEncoder().encode('block')
    const cid = CID.createV1(raw.code, await sha256.digest(bytes))
    const blockstore = new MemoryBlockstore()
    await blockstore.put(cid, bytes)
    expect(Buffer.from(await readBlock(blockstore, cid)).toString()).toBe('block')
  })

  it('throws MissingBlockError naming the CID when the block is absent', async () => {
    const cid = CID.createV1(raw.code, await sha256.digest(new Uint8Array([1])))
    const error = await readBlock(new MemoryBlockstore(), cid).catch((caught) => caught)
    expect(error).toBeInstanceOf(MissingBlockError)
    expect(error.cid.equals(cid)).toBe(true)
    expect(error.message).toContain(cid.toString())
  })
})
