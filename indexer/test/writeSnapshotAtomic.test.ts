import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SnapshotInvalidError } from '../snapshot/SnapshotInvalidError.ts'
import type { ChainSnapshot } from '../snapshot/snapshotSchema.ts'
import { stableJson } from '../snapshot/stableJson.ts'
import { writeSnapshotAtomic } from '../snapshot/writeSnapshotAtomic.ts'

const snapshot: ChainSnapshot = {
  version: 1,
  chain: 'anvil',
  chainId: 31337,
  block: { number: 7, hash: `0x${'ab'.repeat(32)}`, timestamp: 1_700_000_000 },
  registryHash: 'f'.repeat(64),
  contracts: {
    '0x5FbDB2315678afecb367f032d93F642f64180aa3': { hasCode: true, codeHash: `0x${'cd'.repeat(32)}` },
  },
  tokens: {},
}

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-write-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('writeSnapshotAtomic', () => {
  it('writes stableJson, creating the folder', async () => {
    const file = join(work, 'new', 'deeper', 'anvil.json')
    expect(await writeSnapshotAtomic(file, snapshot)).toEqual({ changed: true })
    expect(await readFile(file, 'utf8')).toBe(stableJson(snapshot))
    expect(await readdir(join(work, 'new', 'deeper'))).toEqual(['anvil.json'])
  })

  it('leaves a file that already holds the same bytes untouched', async () => {
    const file = join(work, 'same.json')
    await writeSnapshotAtomic(file, snapshot)
    const before = await stat(file)
    expect(await writeSnapshotAtomic(file, { ...snapshot })).toEqual({ changed: false })
    const after = await stat(file)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it('replaces a changed file by renaming a complete new one over it', async () => {
    const file = join(work, 'replace.json')
    await writeFile(file, 'old content')
    const before = await stat(file)
    expect(await writeSnapshotAtomic(file, snapshot)).toEqual({ changed: true })
    expect((await stat(file)).ino).not.toBe(before.ino)
    expect(await readFile(file, 'utf8')).toBe(stableJson(snapshot))
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an invalid snapshot without writing anything', async () => {
    const file = join(work, 'invalid.json')
    const invalid = { ...snapshot, registryHash: 'not a hash' }
    await expect(writeSnapshotAtomic(file, invalid)).rejects.toThrow(SnapshotInvalidError)
    await expect(writeSnapshotAtomic(file, invalid)).rejects.toThrow(`${file} is not a valid snapshot`)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('removes its temporary file when the rename fails', async () => {
    const folder = join(work, 'blocked')
    const file = join(folder, 'anvil.json')
    await mkdir(file, { recursive: true }) // a folder where the file should go: rename fails
    await expect(writeSnapshotAtomic(file, snapshot)).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['anvil.json'])
  })
})
