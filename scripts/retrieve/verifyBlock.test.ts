import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { identity } from 'multiformats/hashes/identity'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import { describe, expect, it } from 'vitest'
import { BlockMismatchError, UnsupportedHashError, verifyBlock } from './verifyBlock.ts'

const bytes = new TextEncoder().encode('web3 atlas')

describe(verifyBlock.name, () => {
  it('accepts bytes that hash to the CID, for sha2-256, sha2-512 and identity', async () => {
    for (const hasher of [sha256, sha512, identity]) {
      const cid = CID.create(1, raw.code, await hasher.digest(bytes))
      await expect(verifyBlock(cid, bytes, 'test')).resolves.toBeUndefined()
    }
  })
  it('names the block when the bytes are not its own', async () => {
    const cid = CID.create(1, raw.code, await sha256.digest(bytes))
    const error = await verifyBlock(
      cid,
      new TextEncoder().encode('web3 atlaS'),
      'gateway http://127.0.0.1:1/',
    ).catch((caught) => caught)
    expect(error).toBeInstanceOf(BlockMismatchError)
    expect(error.message.split('\n')[0]).toBe(
      `Block ${cid} from gateway http://127.0.0.1:1/ does not match its CID: its bytes hash to something else.`,
    )
  })
  it('refuses a hash function it cannot check', async () => {
    const digest = await sha256.digest(bytes)
    const blake = CID.create(1, raw.code, {
      ...digest,
      code: 0x1e,
      bytes: Uint8Array.from([0x1e, 32, ...digest.digest]),
    })
    await expect(verifyBlock(blake, bytes, 'test')).rejects.toBeInstanceOf(UnsupportedHashError)
  })
})
