import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { gatewayLinks, loadReleaseViews, parseReleaseViews } from './releaseHistory.ts'

const CID_A = 'bafybeigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm'
const CID_B = 'bafybeib6epubmabzlffdhckpmvsodmjuro6xuaei2qwevs3t52xnlhaatu'
const CID_B_V0 = 'QmSXDk2v6kPu4BXW7UE6BsE4rB3k7Y1yJ11a9owiH52Ti4'
const CID_B_BASE58 = 'zdj7WZcU7TyxDsVvtqRrDBi4F4dUPFBq5S7AKR6pcLP6WbMsz'

const history = [
  { version: '0.2.0', tag: 'v0.2.0', cid: CID_B, date: '2026-11-20' },
  { version: '0.1.0', tag: 'v0.1.0', cid: CID_A },
]

describe(gatewayLinks.name, () => {
  it('opens a CIDv1 base32 through a path gateway, a subdomain gateway and a local node', () => {
    expect(gatewayLinks(CID_A)).toEqual({
      path: `https://ipfs.io/ipfs/${CID_A}/`,
      subdomain: `https://${CID_A}.ipfs.dweb.link/`,
      local: `http://localhost:8080/ipfs/${CID_A}/`,
    })
  })

  it('skips the subdomain gateway for CIDs that cannot be a DNS label (v0, base58)', () => {
    expect(gatewayLinks(CID_B_V0)).toEqual({
      path: `https://ipfs.io/ipfs/${CID_B_V0}/`,
      local: `http://localhost:8080/ipfs/${CID_B_V0}/`,
    })
    expect(gatewayLinks(CID_B_BASE58).subdomain).toBeUndefined()
  })

  it('refuses a text that is not a CID', () => {
    expect(() => gatewayLinks('not-a-cid')).toThrow()
  })
})

describe(parseReleaseViews.name, () => {
  it('lists releases newest first, as the file has them, each with its links', () => {
    const views = parseReleaseViews(history, 'releases.json')
    expect(views.map((view) => view.version)).toEqual(['0.2.0', '0.1.0'])
    expect(views[0]).toEqual({ ...history[0], links: gatewayLinks(CID_B) })
    expect(views[1]?.date).toBeUndefined()
  })

  it('is empty for an empty history', () => {
    expect(parseReleaseViews([], 'releases.json')).toEqual([])
  })

  it('names the entry and the field of every malformed release', () => {
    const broken = [
      { version: '0.3.0', tag: 'v0.3.0', cid: CID_B_V0 },
      { version: '0.2.0', tag: 'v0.2.0', cid: 'bafy-not-a-cid', date: '20 Nov 2026' },
      { version: '0.1.0', tag: 'v0.1.0' },
    ]
    let message = ''
    try {
      parseReleaseViews(broken, 'releases.json')
    } catch (error) {
      expect((error as Error).name).toBe('ReleaseHistoryInvalidError')
      message = (error as Error).message
    }
    expect(message).toContain(
      `releases.json  entry [0] (version 0.3.0)  cid  not CIDv1 base32 → write it as "${CID_B}"`,
    )
    expect(message).toContain('releases.json  entry [1] (version 0.2.0)  cid  not a CID')
    expect(message).toContain(
      'releases.json  entry [1] (version 0.2.0)  date  not a date → write it as YYYY-MM-DD',
    )
    expect(message).toMatch(/releases\.json {2}entry \[2\] \(version 0\.1\.0\) {2}cid {2}/)
  })

  it('refuses releases out of order, and a file that is not a list', () => {
    expect(() => parseReleaseViews([...history].reverse(), 'releases.json')).toThrow(
      /entry \[1\] \(version 0\.2\.0\) {2}version {2}newer than \[0\]/,
    )
    expect(() => parseReleaseViews({}, 'releases.json')).toThrow(/releases\.json {2}\(file\)/)
  })
})

describe(loadReleaseViews.name, () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-releases-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reads releases.json from the root folder', async () => {
    await writeFile(join(dir, 'releases.json'), JSON.stringify(history))
    expect((await loadReleaseViews({ rootDir: dir })).map((view) => view.cid)).toEqual([CID_B, CID_A])
  })

  it('treats a missing file as no release yet, and stops on a file that is not JSON', async () => {
    expect(await loadReleaseViews({ rootDir: dir })).toEqual([])
    await writeFile(join(dir, 'releases.json'), '[{')
    await expect(loadReleaseViews({ rootDir: dir })).rejects.toThrow(/releases\.json {2}\(file\) {2}not JSON/)
  })
})
