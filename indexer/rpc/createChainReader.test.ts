import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getAddress, Interface, toQuantity } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, MULTICALL3_ADDRESS } from '../../contracts-abi/index.ts'
import { ChainIdMismatchError } from '../chain/ChainIdMismatchError.ts'
import type { Logger } from '../chain/Logger.ts'
import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import { closedPort } from '../test/closedPort.ts'
import { ANVIL_DEV_ADDRESS, deployTestToken, TEST_TOKEN } from '../test/compile.ts'
import { type FaultProxyOptions, startFaultProxy } from '../test/faultProxy.ts'
import { type Anvil, startAnvil } from '../test/startAnvil.ts'
import type { CallRequest, ChainReader } from './ChainReader.ts'
import { type CreateChainReaderOptions, createChainReader } from './createChainReader.ts'
import { RpcCache } from './RpcCache.ts'
import { installMulticall3 } from './test/multicall3Fixture.ts'

const erc20 = new Interface([...erc20Abi, 'function balanceOf(address) view returns (uint256)'])
const EOA = '0x1111111111111111111111111111111111111111'
const FAST_RETRIES = { attempts: 12, baseDelayMs: 1, maxDelayMs: 20 }

let anvil: Anvil
let token: string
const proxies: Array<{ close(): Promise<void> }> = []

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(message),
    warn: (message) => lines.push(`warning: ${message}`),
  }
}

async function proxy(options: Omit<FaultProxyOptions, 'target'> & { target?: string } = {}) {
  const started = await startFaultProxy({ target: anvil.url, ...options })
  proxies.push(started)
  return started
}

function connect(urls: string[], options: Partial<CreateChainReaderOptions> = {}): Promise<ChainReader> {
  return createChainReader({
    urls,
    chainId: 31337,
    logger: collectingLogger(),
    multicall3: MULTICALL3_ADDRESS,
    retry: FAST_RETRIES,
    ...options,
  })
}

/** The four ERC-20 reads of the test token. */
function tokenCalls(): CallRequest[] {
  return ['name', 'symbol', 'decimals', 'totalSupply'].map((name) => ({
    to: token,
    data: erc20.encodeFunctionData(name),
  }))
}

/** Distinct calls: balances of `count` holders, the token's metadata, and calls that fail. */
function manyCalls(count: number): CallRequest[] {
  const holders = Array.from({ length: count }, (_, i) =>
    getAddress(toQuantity(0x1000n + BigInt(i)).padEnd(42, '0')),
  )
  return [
    ...tokenCalls(),
    { to: token, data: erc20.encodeFunctionData('balanceOf', [ANVIL_DEV_ADDRESS]) },
    ...holders.map((holder) => ({ to: token, data: erc20.encodeFunctionData('balanceOf', [holder]) })),
    { to: EOA, data: erc20.encodeFunctionData('name') },
    { to: MULTICALL3_ADDRESS, data: erc20.encodeFunctionData('name') },
    { to: token, data: '0xdeadbeef' },
  ]
}

async function readAll(reader: ChainReader, calls: readonly CallRequest[]) {
  const addresses = [token, EOA, MULTICALL3_ADDRESS, ANVIL_DEV_ADDRESS]
  const [results, codes, slots] = await Promise.all([
    reader.callMany(calls),
    reader.getCodes(addresses),
    reader.getStorageSlots([0, 2, 3, 4].map((slot) => ({ address: token, slot: toQuantity(slot) }))),
  ])
  return { results, codes, slots }
}

beforeAll(async () => {
  anvil = await startAnvil()
  ;({ address: token } = await deployTestToken(anvil.url))
  // Enough blocks that the finalized block (latest − 2), and the one before it, hold both contracts.
  await installMulticall3(anvil.url, { mine: 6 })
})

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()))
  await anvil?.stop()
})

describe(createChainReader.name, () => {
  it('reads calls, code and storage at the finalized block; an EOA call is a failed call', async () => {
    const reader = await connect([anvil.url])
    expect(reader.chainId).toBe(31337)
    expect(reader.block.tag).toBe('finalized')

    const { results, codes, slots } = await readAll(reader, [
      ...tokenCalls(),
      { to: EOA, data: '0x06fdde03' },
    ])
    const decoded = ['name', 'symbol', 'decimals', 'totalSupply'].map(
      (name, i) => erc20.decodeFunctionResult(name, results[i]?.returnData ?? '0x')[0],
    )
    expect(decoded).toEqual([TEST_TOKEN.name, TEST_TOKEN.symbol, 18n, TEST_TOKEN.totalSupply])
    expect(results[4]).toEqual({ success: false, returnData: '0x' })
    expect(codes[0]).toMatch(/^0x[0-9a-f]{100,}$/)
    expect(codes.slice(1)).toEqual(['0x', expect.stringMatching(/^0x[0-9a-f]+$/), '0x'])
    expect(BigInt(slots[1] ?? '')).toBe(TEST_TOKEN.totalSupply)
    expect(slots[0]).toBe(`0x${'0'.repeat(64)}`)
  })

  it('reads exactly the same values through 30% injected faults as without them', async () => {
    const calls = manyCalls(400)
    const clean = await readAll(await connect([anvil.url]), calls)

    const faulty = await proxy({ rate: 0.3, seed: 7, holdMs: 1_000, lagBlocks: 1 })
    const logger = collectingLogger()
    const reader = await connect([faulty.url], {
      logger,
      timeoutMs: 400,
      batch: { maxSize: 2 },
      multicallChunkSize: 4,
    })
    const values = await readAll(reader, calls)

    expect(values).toEqual(clean)
    const seen = faulty.stats()
    expect(Object.values(seen.faults).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10)
    expect(Object.keys(seen.faults).length).toBeGreaterThanOrEqual(4)
    expect(reader.stats().retries).toBeGreaterThan(0)
    expect(new Set(seen.readBlocks)).toEqual(new Set([toQuantity(reader.block.number)]))
    expect(logger.lines.join('\n')).not.toContain('127.0.0.1')
  })

  it('reads everything at the block it pinned, even when the node reports an older block once', async () => {
    const clean = await connect([anvil.url])
    const lagging = await proxy({ script: [null, 'lag'], lagBlocks: 1 })
    const reader = await connect([lagging.url])
    expect(reader.block.number).toBe(clean.block.number - 1)
    expect(await readAll(reader, tokenCalls())).toEqual(await readAll(clean, tokenCalls()))
    expect(new Set(lagging.stats().readBlocks)).toEqual(new Set([toQuantity(reader.block.number)]))
  })

  it('sends many calls in few HTTP requests', async () => {
    const counting = await proxy()
    const reader = await connect([counting.url])
    const calls = manyCalls(1_000)
    const results = await reader.callMany(calls)
    expect(results).toHaveLength(calls.length)
    expect(results.filter((result) => result.success)).toHaveLength(calls.length - 3)
    const { httpRequests, ethCalls } = reader.stats()
    expect(ethCalls).toBe(calls.length)
    // chain id, block, Multicall3 code, then 1,008 calls in 8 aggregate3 chunks in one or two batches
    expect(httpRequests).toBeLessThanOrEqual(5)
    expect(counting.stats().methods.eth_call).toBeLessThanOrEqual(8)
  })

  it('sends plain eth_call batches when the chain has no Multicall3 code', async () => {
    const counting = await proxy()
    const logger = collectingLogger()
    const reader = await connect([counting.url], { logger, multicall3: EOA })
    const clean = await readAll(await connect([anvil.url]), manyCalls(20))
    expect(await readAll(reader, manyCalls(20))).toEqual(clean)
    expect(counting.stats().methods.eth_call).toBe(manyCalls(20).length)
    expect(reader.stats().httpRequests).toBeLessThanOrEqual(5)
    expect(logger.lines).toContain(
      `warning: chain 31337: no Multicall3 code at ${EOA}; sending plain eth_call batches`,
    )
  })

  it.each(['status', 'error'] as const)(
    'splits a batch the endpoint refuses as too big (refused with %s) and still answers it',
    async (refuseWith) => {
      const limited = await proxy({ maxBatchSize: 10, refuseWith })
      const reader = await connect([limited.url], { multicall3: undefined })
      const calls = manyCalls(40)
      const clean = await (await connect([anvil.url])).callMany(calls)
      expect(await reader.callMany(calls)).toEqual(clean)
      const refused = limited.stats().faults.refused ?? 0
      expect(refused).toBeGreaterThanOrEqual(1)
      // Having learnt the endpoint's limit, the reader sends only batches it takes.
      expect(await reader.callMany(calls.slice(1))).toEqual(clean.slice(1))
      expect(limited.stats().faults.refused).toBe(refused)
    },
  )

  it.each([
    ['a truncated batch', 'truncated'],
    ['malformed JSON', 'malformed'],
    ['a rate-limit error inside a 200 body', 'rpcRateLimit'],
    ['HTTP 500', 'serverError'],
  ] as const)('retries after %s', async (_, kind) => {
    const faulty = await proxy({ script: [null, null, kind] })
    const reader = await connect([faulty.url])
    const codes = await reader.getCodes([token, EOA, MULTICALL3_ADDRESS, ANVIL_DEV_ADDRESS])
    expect(codes).toEqual(
      await (await connect([anvil.url])).getCodes([token, EOA, MULTICALL3_ADDRESS, ANVIL_DEV_ADDRESS]),
    )
    expect(faulty.stats().faults[kind]).toBe(1)
    expect(faulty.stats().httpRequests).toBe(4)
  })

  it('retries a request that times out', async () => {
    const slow = await proxy({ script: [null, null, 'timeout'], holdMs: 5_000 })
    const reader = await connect([slow.url], { timeoutMs: 300 })
    expect(await reader.getCodes([EOA])).toEqual(['0x'])
    expect(slow.stats().faults).toEqual({ timeout: 1 })
    expect(reader.stats().retries).toBeGreaterThanOrEqual(1)
  })

  it('sends nothing to an endpoint until its Retry-After has passed', async () => {
    const limited = await proxy({ script: [null, null, 'rateLimit'], retryAfter: '1' })
    const reader = await connect([limited.url], { batch: { maxSize: 1 }, concurrency: 1 })
    expect(await reader.getCodes([EOA, token, ANVIL_DEV_ADDRESS])).toEqual(['0x', expect.any(String), '0x'])
    const { arrivals } = limited.stats()
    expect(arrivals).toHaveLength(6)
    // The 429 was request 3; the retry and the two other reads all waited.
    for (const later of arrivals.slice(3)) expect(later - (arrivals[2] ?? 0)).toBeGreaterThanOrEqual(990)
  })

  it('falls back to the next URL when the first is down, without naming either', async () => {
    const logger = collectingLogger()
    const dead = `http://127.0.0.1:${await closedPort()}/?apikey=FAKE-KEY`
    const reader = await connect([dead, anvil.url], { logger, source: 'RPC_URL_TEST' })
    expect(await reader.getCodes([EOA])).toEqual(['0x'])
    expect(logger.lines).toEqual([
      'warning: chain 31337: RPC URL 1 of 2 from RPC_URL_TEST failed (network error (ECONNREFUSED)); trying URL 2',
    ])
  })

  it('rejects with RpcRequestFailedError after bounded retries when the node is down', async () => {
    const down = await proxy({ target: `http://127.0.0.1:${await closedPort()}` })
    const attempt = connect([down.url], { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } })
    await expect(attempt).rejects.toBeInstanceOf(RpcRequestFailedError)
    await expect(attempt).rejects.toMatchObject({ method: 'eth_chainId', reason: 'HTTP 502' })
    expect(down.stats().httpRequests).toBe(3)
  })

  it('rejects a read with RpcRequestFailedError when the node goes down after the block was pinned', async () => {
    const failing = await proxy({ script: [null, null], rate: 1, kinds: ['serverError'] })
    const reader = await connect([failing.url], { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 } })
    await expect(reader.getCodes([EOA])).rejects.toMatchObject({
      name: 'RpcRequestFailedError',
      method: 'eth_getCode',
      reason: expect.stringMatching(/^HTTP 50[03]$/),
    })
    expect(failing.stats().httpRequests).toBe(4)
  })

  it('rejects with ChainIdMismatchError when the endpoint serves another chain', async () => {
    await expect(
      connect([anvil.url], { chainId: 1, chain: 'ethereum', source: 'RPC_URL_ETHEREUM' }),
    ).rejects.toThrow(ChainIdMismatchError)
  })

  it('rejects a pending read with the abort reason', async () => {
    const slow = await proxy({ script: [null, null, 'timeout'], holdMs: 10_000 })
    const reader = await connect([slow.url])
    const controller = new AbortController()
    const read = reader.getCodes([EOA], { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('stopped by the test')), 50)
    await expect(read).rejects.toThrow('stopped by the test')
  })

  it('pins a given block number, final when at or below the finalized block', async () => {
    const finalized = (await connect([anvil.url])).block
    const older = await connect([anvil.url], { blockTag: finalized.number - 3 })
    expect(older.block).toMatchObject({ number: finalized.number - 3, tag: 'finalized' })
    const newest = await connect([anvil.url], { blockTag: 'latest' })
    expect(newest.block).toMatchObject({ number: finalized.number + 2, tag: 'latest' })
    expect(await older.getCodes([token])).toEqual(await newest.getCodes([token]))
    await expect(connect([anvil.url], { blockTag: 10_000 })).rejects.toMatchObject({
      reason: 'the node has no block 10000',
    })
  })

  it('answers a second run at the same block from the cache: no eth_call, no eth_getCode', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-rpc-cache-'))
    try {
      const logger = collectingLogger()
      const first = await proxy()
      const cache = await RpcCache.load({ logger }, { dir, chainId: 31337 })
      const reader = await connect([first.url], { cache })
      const values = await readAll(reader, manyCalls(50))
      expect(await cache.save()).toBe(true)

      const second = await proxy()
      const reloaded = await RpcCache.load({ logger }, { dir, chainId: 31337 })
      const again = await connect([second.url], { cache: reloaded })
      expect(again.block).toEqual(reader.block)
      const cached = await readAll(again, manyCalls(50).slice(0, -3))
      expect(cached.results).toEqual(values.results.slice(0, -3))
      expect(cached.slots).toEqual(values.slots)
      // Empty answers are not cached: the EOA's and the codeless address's code is asked again.
      expect(cached.codes).toEqual(values.codes)
      expect(second.stats().methods).toEqual({ eth_chainId: 1, eth_getBlockByNumber: 1, eth_getCode: 2 })
      expect(second.stats().httpRequests).toBe(3)
      expect(again.stats()).toMatchObject({ ethCalls: 0, cacheHits: 55 + 2 + 4 })
      expect(logger.lines).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('caches nothing read at a block that is not final', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-rpc-cache-'))
    try {
      const cache = await RpcCache.load({ logger: collectingLogger() }, { dir, chainId: 31337 })
      const reader = await connect([anvil.url], { cache, blockTag: 'latest' })
      await readAll(reader, tokenCalls())
      expect(cache.size).toBe(0)
      expect(await cache.save()).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('rejects malformed input without sending it', async () => {
    const reader = await connect([anvil.url])
    await expect(reader.callMany([{ to: '0x12', data: '0x' }])).rejects.toThrow(
      'callMany request 0 .to is not a 0x address of 40 hex digits.',
    )
    await expect(connect(['ftp://example.invalid'])).rejects.toThrow('urls[0] is not an http(s) URL.')
    await expect(connect([anvil.url], { retry: { attempts: 0 } })).rejects.toThrow(
      'retry.attempts is not a whole number of at least 1.',
    )
  })
})
