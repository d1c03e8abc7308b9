import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCid } from './parseCid.ts'
import {
  compareSemver,
  findRelease,
  parseReleaseHistory,
  ReleaseHistoryInvalidError,
  ReleaseHistoryTooShortError,
  readReleaseHistory,
  rollbackTarget,
} from './releaseHistory.ts'

const CID_NEW = 'bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4'
const CID_OLD = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
const HISTORY = [
  { version: '0.2.0', tag: 'v0.2.0', cid: CID_NEW, date: '2026-05-02' },
  { version: '0.1.0', tag: 'v0.1.0', cid: CID_OLD },
]

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-releases-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

function problemsOf(json: unknown): readonly string[] {
  try {
    parseReleaseHistory(json, 'releases.json')
  } catch (error) {
    if (error instanceof ReleaseHistoryInvalidError) return error.problems
    throw error
  }
  return []
}

describe(readReleaseHistory.name, () => {
  it('reads a valid file, newest first', async () => {
    const path = join(dir, 'ok.json')
    await writeFile(path, JSON.stringify(HISTORY))
    expect(await readReleaseHistory(path)).toEqual(HISTORY)
  })

  it('accepts the empty history the repository starts with', async () => {
    const path = join(dir, 'empty.json')
    await writeFile(path, '[]\n')
    expect(await readReleaseHistory(path)).toEqual([])
  })

  it('names a missing or non-JSON file', async () => {
    await expect(readReleaseHistory(join(dir, 'missing.json'))).rejects.toThrow(/cannot be read \(ENOENT\)/)
    const path = join(dir, 'broken.json')
    await writeFile(path, '[{')
    await expect(readReleaseHistory(path)).rejects.toThrow(/not JSON/)
  })
})

describe(parseReleaseHistory.name, () => {
  it('lists every problem with its field and the fix', () => {
    const problems = problemsOf([
      {
        version: 'v0.3.0',
        tag: 'v0.3.0',
        cid: 'QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4',
        date: '2 May',
      },
      { version: '0.2.0', tag: 'v 0.2.0', cid: 'nope', extra: 1 },
    ])
    expect(problems).toEqual([
      'releases.json  [0].version  not a semantic version → write it as package.json does, e.g. "1.4.0"',
      `releases.json  [0].cid  not CIDv1 base32 → write it as "${CID_NEW}"`,
      "releases.json  [0].date  not a date → write it as YYYY-MM-DD, the tagged commit's date",
      'releases.json  [1].tag  not a git tag name → e.g. "v1.4.0"',
      'releases.json  [1].cid  not a CID → use the root CID `npm run cid` printed (bafy…)',
      'releases.json  [1]  Unrecognized key: "extra"',
    ])
  })

  it('refuses duplicates and releases out of order', () => {
    expect(problemsOf([...HISTORY].reverse())).toEqual([
      'releases.json  [1].version  newer than [0] (0.1.0) → keep releases newest first',
    ])
    expect(problemsOf([HISTORY[0], HISTORY[0]])).toEqual([
      'releases.json  [1].version  same version as [0] → remove one',
      'releases.json  [1].tag  same tag as [0] → remove one',
    ])
    expect(problemsOf({ releases: HISTORY })).toEqual([
      'releases.json  (file)  Invalid input: expected array, received object',
    ])
  })
})

describe(rollbackTarget.name, () => {
  it('is the release before the newest, whatever the chain holds, so a retry changes nothing', () => {
    expect(rollbackTarget(parseReleaseHistory(HISTORY, 'r.json'), 'r.json')).toEqual(HISTORY[1])
  })

  it('refuses when there is no previous release', () => {
    expect(() => rollbackTarget(parseReleaseHistory(HISTORY.slice(0, 1), 'r.json'), 'r.json')).toThrow(
      ReleaseHistoryTooShortError,
    )
    expect(() => rollbackTarget([], 'r.json')).toThrow(/lists 0 releases: there is no previous release/)
  })
})

describe(findRelease.name, () => {
  it('finds a release by CID in any form', () => {
    const history = parseReleaseHistory(HISTORY, 'r.json')
    expect(findRelease(history, parseCid('QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4'))?.version).toBe(
      '0.2.0',
    )
    expect(findRelease(history, parseCid('bafkqaaa'))).toBeUndefined()
  })
})

describe(compareSemver.name, () => {
  it('orders versions by SemVer 2.0.0 precedence', () => {
    // The ordering example of semver.org section 11.
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '10.0.0',
    ]
    for (let i = 1; i < ordered.length; i++) {
      expect(compareSemver(ordered[i - 1] ?? '', ordered[i] ?? ''), `${ordered[i - 1]} < ${ordered[i]}`).toBe(
        -1,
      )
      expect(compareSemver(ordered[i] ?? '', ordered[i - 1] ?? '')).toBe(1)
    }
    expect(compareSemver('1.0.0+build.1', '1.0.0')).toBe(0)
  })
})
