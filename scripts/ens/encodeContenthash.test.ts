import { decode as referenceDecode, encode as referenceEncode } from '@ensdomains/content-hash'
import fc from 'fast-check'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { describe, expect, it } from 'vitest'
import {
  ContenthashInvalidError,
  decodeContenthash,
  encodeContenthash,
  formatContenthash,
} from './encodeContenthash.ts'

// EIP-1577's example record and the CID it holds (https://eips.ethereum.org/EIPS/eip-1577).
const EIP1577_CONTENTHASH = '0xe3010170122029f2d17be6139079dc48696d1f582a8530eb9805b561eda517e22a892c7e3f1f'
const EIP1577_CID_V0 = 'QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4'
const EIP1577_CID_V1 = 'bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4'

describe(encodeContenthash.name, () => {
  it('gives the EIP-1577 example bytes for its CID, given as v0 or v1', () => {
    expect(encodeContenthash(CID.parse(EIP1577_CID_V0))).toBe(EIP1577_CONTENTHASH)
    expect(encodeContenthash(CID.parse(EIP1577_CID_V1))).toBe(EIP1577_CONTENTHASH)
  })

  it('agrees with @ensdomains/content-hash for any dag-pb or raw sha2-256 CID', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom(0x70, 0x55),
        (digest, codec) => {
          const cid = CID.createV1(codec, Digest.create(0x12, digest))
          expect(encodeContenthash(cid)).toBe(`0x${referenceEncode('ipfs', cid.toString())}`)
        },
      ),
    )
  })
})

describe(decodeContenthash.name, () => {
  it('decodes the EIP-1577 example to its CID', () => {
    const decoded = decodeContenthash(EIP1577_CONTENTHASH)
    expect(decoded.kind).toBe('ipfs')
    expect(formatContenthash(decoded)).toBe(EIP1577_CID_V1)
  })

  it('reads a CIDv0 inside ipfs-ns (old records) as the same content', () => {
    const v0Bytes = Buffer.from(CID.parse(EIP1577_CID_V0).bytes).toString('hex')
    const decoded = decodeContenthash(`0xe301${v0Bytes}`)
    expect(decoded.kind === 'ipfs' && decoded.cid.version).toBe(0)
    expect(formatContenthash(decoded)).toBe(EIP1577_CID_V1)
  })

  it('round-trips any CID and agrees with @ensdomains/content-hash', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom(0x70, 0x55),
        (digest, codec) => {
          const cid = CID.createV1(codec, Digest.create(0x12, digest))
          const hex = encodeContenthash(cid)
          expect(formatContenthash(decodeContenthash(hex))).toBe(cid.toString())
          expect(referenceDecode(hex)).toBe(cid.toString())
        },
      ),
    )
  })

  it('reads an empty record as none', () => {
    expect(decodeContenthash('0x')).toEqual({ kind: 'none' })
    expect(formatContenthash({ kind: 'none' })).toBe('no record')
  })

  it('names other namespaces instead of failing, so people see what the name points at', () => {
    // The swarm example of @ensdomains/content-hash's README.
    const swarm = decodeContenthash(
      '0xe40101701b20d1de9994b4d039f6548d191eb26786769f580809256b4685ef316805265ea162',
    )
    expect(swarm).toEqual({
      kind: 'other',
      codec: 'swarm',
      value: 'd1de9994b4d039f6548d191eb26786769f580809256b4685ef316805265ea162',
    })
    const ipnsName = 'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8'
    const ipns = decodeContenthash(`0x${referenceEncode('ipns', ipnsName)}`)
    expect(formatContenthash(ipns)).toBe(`ipns ${ipnsName}`)
    expect(decodeContenthash('0x7f0101')).toEqual({ kind: 'other', codec: '0x7f', value: '0x0101' })
  })

  it('refuses bytes that are not ENSIP-7', () => {
    expect(() => decodeContenthash('0xe301ff')).toThrow(ContenthashInvalidError)
    expect(() => decodeContenthash('0xe301ff')).toThrow(/ipfs-ns value is not a CID/)
    expect(() => decodeContenthash('zz')).toThrow(/not hex/)
    expect(() => decodeContenthash('0xff')).toThrow(/namespace varint/)
  })
})
