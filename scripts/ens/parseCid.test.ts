import { base36 } from 'multiformats/bases/base36'
import { describe, expect, it } from 'vitest'
import { CidInvalidError, canonicalCid, parseCid } from './parseCid.ts'

const V1 = 'bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4'

describe(parseCid.name, () => {
  it('accepts CIDv0, CIDv1 in base32 and base36, and gives one canonical form', () => {
    expect(canonicalCid(parseCid('QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4'))).toBe(V1)
    expect(canonicalCid(parseCid(V1))).toBe(V1)
    // base36 is how subdomain gateways spell CIDs too long for a DNS label in base32.
    const inBase36 = parseCid(V1).toString(base36)
    expect(inBase36).toMatch(/^k/)
    expect(canonicalCid(parseCid(inBase36))).toBe(V1)
  })

  it('refuses text that is not a CID, saying what to give instead', () => {
    expect(() => parseCid('not-a-cid')).toThrow(CidInvalidError)
    expect(() => parseCid('not-a-cid')).toThrow(/npm run cid/)
    expect(() => parseCid('')).toThrow(CidInvalidError)
  })

  it('refuses an IPNS key: the name must point at immutable content', () => {
    expect(() => parseCid('k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8')).toThrow(
      /IPNS key \(libp2p-key codec\)/,
    )
  })
})
