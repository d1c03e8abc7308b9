import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSnapshots } from '../snapshot/loadSnapshots.ts'
import { readSnapshot } from '../snapshot/readSnapshot.ts'
import { SnapshotInvalidError } from '../snapshot/SnapshotInvalidError.ts'
import type { ChainSnapshot } from '../snapshot/snapshotSchema.ts'
import { stableJson } from '../snapshot/stableJson.ts'

const snapshotOf = (chain: string, chainId: number): ChainSnapshot => ({
  version: 1,
  chain,
  chainId,
  block: { number: 1, hash: `0x${'01'.repeat(32)}`, timestamp: 1 },
  registryHash: '0'.repeat(64),
  contracts: {},
  tokens: {},
})

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-read-'))
  await writeFile(join(dir, 'ethereum.json'), stableJson(snapshotOf('ethereum', 1)))
  await writeFile(join(dir, 'base.json'), stableJson(snapshotOf('base', 8453)))
  await writeFile(join(dir, '.base.json.1234.tmp'), 'half a fi')
  await writeFile(join(dir, 'notes.txt'), 'not a snapshot')
  await writeFile(join(dir, 'base.history.json'), '{"version":1,"chain":"base","chainId":8453,"runs":[]}')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readSnapshot', () => {
  it('returns the validated snapshot, or undefined when the file is missing', async () => {
    expect(await readSnapshot(join(dir, 'ethereum.json'), { chain: 'ethereum', chainId: 1 })).toEqual(
      snapshotOf('ethereum', 1),
    )
    expect(await readSnapshot(join(dir, 'missing.json'))).toBeUndefined()
  })

  it('names the file when it is not JSON, not a snapshot, or of another chain', async () => {
    const bad = join(dir, 'bad')
    await mkdir(bad, { recursive: true })
    await writeFile(join(bad, 'a.json'), '{ nope')
    await writeFile(join(bad, 'b.json'), JSON.stringify({ ...snapshotOf('b', 1), version: 3 }))
    await expect(readSnapshot(join(bad, 'a.json'))).rejects.toThrow(SnapshotInvalidError)
    await expect(readSnapshot(join(bad, 'a.json'))).rejects.toThrow(
      `${join(bad, 'a.json')} is not a valid snapshot: not JSON`,
    )
    await expect(readSnapshot(join(bad, 'b.json'))).rejects.toThrow(
      `${join(bad, 'b.json')} is not a valid snapshot`,
    )
    await expect(readSnapshot(join(dir, 'base.json'), { chain: 'ethereum' })).rejects.toThrow(
      'it holds base (chain id 8453), expected ethereum (chain id 8453)',
    )
    await expect(readSnapshot(join(dir, 'base.json'), { chain: 'base', chainId: 1 })).rejects.toThrow(
      'expected base (chain id 1)',
    )
  })
})

describe('loadSnapshots', () => {
  it('reads every <chain>.json in the folder, keyed by chain, skipping other files and histories', async () => {
    const snapshots = await loadSnapshots(dir)
    expect(Object.keys(snapshots)).toEqual(['base', 'ethereum'])
    expect(snapshots.base).toEqual(snapshotOf('base', 8453))
  })

  it('reads only the chains asked for, checking their chain ids', async () => {
    const snapshots = await loadSnapshots(dir, [
      { id: 'ethereum', chainId: 1 },
      { id: 'polygon', chainId: 137 },
    ] as never)
    expect(Object.keys(snapshots)).toEqual(['ethereum'])
    await expect(loadSnapshots(dir, [{ id: 'ethereum', chainId: 10 }] as never)).rejects.toThrow(
      SnapshotInvalidError,
    )
  })

  it('finds nothing in a folder that does not exist', async () => {
    expect(await loadSnapshots(join(dir, 'nowhere'))).toEqual({})
  })
})
