import { unixfs } from '@helia/unixfs'
import { MemoryBlockstore } from 'blockstore-core'
import { describe, expect, it } from 'vitest'
import { parseProfile, profileOptions, UnknownProfileError, unixfsProfiles } from './profileOptions.ts'

const helloWorld = new TextEncoder().encode('hello world')

describe('parseProfile', () => {
  it('accepts both IPIP-499 profiles, v1 first as the default', () => {
    expect(unixfsProfiles).toEqual(['unixfs-v1-2025', 'unixfs-v0-2015'])
    for (const profile of unixfsProfiles) expect(parseProfile(profile)).toBe(profile)
  })

  it('names the valid profiles when given another', () => {
    expect(() => parseProfile('unixfs-v2')).toThrow(UnknownProfileError)
    expect(() => parseProfile('unixfs-v2')).toThrow(/unixfs-v1-2025, unixfs-v0-2015/)
  })
})

describe('profileOptions', () => {
  it('makes @helia/unixfs give kubo’s CIDs for each profile', async () => {
    const fs = unixfs({ blockstore: new MemoryBlockstore() })
    expect((await fs.addBytes(helloWorld, profileOptions('unixfs-v0-2015'))).toString()).toBe(
      'Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD',
    )
    expect((await fs.addBytes(helloWorld, profileOptions('unixfs-v1-2025'))).toString()).toBe(
      'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e',
    )
  })

  it('is needed: `profile` alone is overridden by @helia/unixfs defaults (CIDv1, raw leaves)', async () => {
    const fs = unixfs({ blockstore: new MemoryBlockstore() })
    // If this starts giving Qmf412…, @helia/unixfs stopped overriding profiles and the explicit options could go.
    expect((await fs.addBytes(helloWorld, { profile: 'unixfs-v0-2015' })).toString()).toMatch(/^bafkrei/)
  })

  it('returns fresh options each call (the importer mutates the object it is given)', () => {
    expect(profileOptions('unixfs-v1-2025')).not.toBe(profileOptions('unixfs-v1-2025'))
  })
})
