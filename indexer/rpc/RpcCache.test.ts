import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Logger } from '../chain/Logger.ts'
import { RpcCache } from './RpcCache.ts'

const BLOCK = { number: 100, hash: `0x${'ab'.repeat(32)}` }
const ADDRESS = '0x1111111111111111111111111111111111111111'
const CODE = `0x${'60'.repeat(3_000)}`

let dir: string
let warnings: string[]
const logger: Logger = { info: () => {}, warn: (message) => warnings.push(message) }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-rpc-cache-'))
  warnings = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe(RpcCache.name, () => {
  it('keeps answers across runs in <dir>/<chainId>.json', async () => {
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1 })
    expect(cache.file).toBe(join(dir, '1.json'))
    cache.set(BLOCK, 'eth_getCode', [ADDRESS], CODE)
    cache.set(BLOCK, 'eth_call', [ADDRESS, '0x06fdde03'], '0x01')
    expect(await cache.save()).toBe(true)

    const reloaded = await RpcCache.load({ logger }, { dir, chainId: 1 })
    expect(reloaded.get(BLOCK, 'eth_getCode', [ADDRESS])).toBe(CODE)
    expect(reloaded.get(BLOCK, 'eth_call', [ADDRESS, '0x06fdde03'])).toBe('0x01')
    expect(reloaded.get(BLOCK, 'eth_call', [ADDRESS, '0x95d89b41'])).toBeUndefined()
    expect(reloaded.size).toBe(2)
    expect(warnings).toEqual([])
  })

  it('never stores 0x or anything but hex', async () => {
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1 })
    cache.set(BLOCK, 'eth_getCode', [ADDRESS], '0x')
    cache.set(BLOCK, 'eth_call', [ADDRESS, '0x'], 'null')
    expect(cache.size).toBe(0)
    expect(await cache.save()).toBe(false)
    await expect(stat(cache.file)).rejects.toThrow()
  })

  it('misses when the block at that number has another hash (a reorg, or a restarted dev chain)', async () => {
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1 })
    cache.set(BLOCK, 'eth_getCode', [ADDRESS], CODE)
    const other = { number: BLOCK.number, hash: `0x${'cd'.repeat(32)}` }
    expect(cache.get(other, 'eth_getCode', [ADDRESS])).toBeUndefined()
    cache.set(other, 'eth_getCode', [ADDRESS], '0x02')
    expect(cache.get(BLOCK, 'eth_getCode', [ADDRESS])).toBeUndefined()
    expect(cache.get(other, 'eth_getCode', [ADDRESS])).toBe('0x02')
  })

  it('stores code shared by many addresses once', async () => {
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1 })
    for (let i = 0; i < 100; i++) cache.set(BLOCK, 'eth_getCode', [`0x${String(i).padStart(40, '0')}`], CODE)
    await cache.save()
    // One copy of the code plus ~150 bytes of key and reference per address, not 100 copies.
    expect((await stat(cache.file)).size).toBeLessThan(CODE.length + 100 * 150)
    const reloaded = await RpcCache.load({ logger }, { dir, chainId: 1 })
    expect(reloaded.get(BLOCK, 'eth_getCode', [`0x${'0'.repeat(38)}99`])).toBe(CODE)
  })

  it('saves only the newest blocks, and leaves no temporary file behind', async () => {
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1, keepBlocks: 2 })
    for (const number of [7, 9, 8])
      cache.set({ number, hash: BLOCK.hash }, 'eth_call', [ADDRESS, '0x'], '0x01')
    await cache.save()
    const reloaded = await RpcCache.load({ logger }, { dir, chainId: 1 })
    expect(
      [7, 8, 9].map((number) => reloaded.get({ number, hash: BLOCK.hash }, 'eth_call', [ADDRESS, '0x'])),
    ).toEqual([undefined, '0x01', '0x01'])
    expect(await readdir(dir)).toEqual(['1.json'])
  })

  it('ignores an unreadable file or another chain’s file with a warning, and rewrites it on save', async () => {
    const file = join(dir, '1.json')
    await writeFile(file, '{ not json')
    const cache = await RpcCache.load({ logger }, { dir, chainId: 1 })
    expect(cache.size).toBe(0)
    cache.set(BLOCK, 'eth_call', [ADDRESS, '0x'], '0x01')
    await cache.save()
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1, chainId: 1 })

    await writeFile(join(dir, '5.json'), await readFile(file, 'utf8'))
    expect((await RpcCache.load({ logger }, { dir, chainId: 5 })).size).toBe(0)
    expect(warnings).toEqual([
      `ignoring the unreadable RPC cache ${file}; it will be rewritten`,
      `ignoring the unreadable RPC cache ${join(dir, '5.json')}; it will be rewritten`,
    ])
  })
})
