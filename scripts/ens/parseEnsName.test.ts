import { describe, expect, it } from 'vitest'
import { EnsNameInvalidError, parseEnsName } from './parseEnsName.ts'

describe(parseEnsName.name, () => {
  it('normalises the name and hashes it (EIP-137)', () => {
    expect(parseEnsName('atlas.eth')).toEqual({
      name: 'atlas.eth',
      node: '0x940941afe974da323f6fe3032f72c048cb8a0082864cba2913dfbc9647dbb89c',
    })
    // The namehash of `eth` given in EIP-137.
    expect(parseEnsName('eth').node).toBe(
      '0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae',
    )
  })

  it('says when normalisation changed what was typed', () => {
    expect(parseEnsName('Atlas.ETH')).toMatchObject({ name: 'atlas.eth', given: 'Atlas.ETH' })
  })

  it('refuses names that do not normalise, with the reason and what to type', () => {
    for (const name of ['', 'atlas..eth', 'my atlas.eth']) {
      expect(() => parseEnsName(name), name).toThrow(EnsNameInvalidError)
    }
    expect(() => parseEnsName('my atlas.eth')).toThrow(/disallowed character[\s\S]*--name atlas\.eth/)
  })
})
