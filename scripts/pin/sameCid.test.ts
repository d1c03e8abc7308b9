import { CID } from 'multiformats/cid'
import { describe, expect, it } from 'vitest'
import { sameCid } from './sameCid.ts'

describe(sameCid.name, () => {
  const v0 = 'QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn'
  it('matches the same content whatever the version or base', () => {
    const cid = CID.parse(v0).toV1()
    expect(sameCid(v0, cid)).toBe(true)
    expect(sameCid(cid.toString(), CID.parse(v0))).toBe(true)
  })
  it('does not match other content or garbage', () => {
    expect(sameCid('bafkqaaa', CID.parse(v0))).toBe(false)
    expect(sameCid('not a cid', CID.parse(v0))).toBe(false)
  })
})
