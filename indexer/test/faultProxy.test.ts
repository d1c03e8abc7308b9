import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort } from './closedPort.ts'
import { type FaultProxy, type FaultProxyOptions, startFaultProxy } from './faultProxy.ts'
import { type Anvil, startAnvil } from './startAnvil.ts'

let anvil: Anvil
const started: FaultProxy[] = []

async function proxy(
  options: Omit<FaultProxyOptions, 'target'> & { target?: string } = {},
): Promise<FaultProxy> {
  const running = await startFaultProxy({ target: anvil.url, ...options })
  started.push(running)
  return running
}

const request = (id: number, method: string, params: unknown[] = []) => ({
  jsonrpc: '2.0',
  id,
  method,
  params,
})

async function post(url: string, body: unknown): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

beforeAll(async () => {
  anvil = await startAnvil()
  await post(anvil.url, request(1, 'anvil_mine', ['0x5']))
})

afterAll(async () => {
  await Promise.all(started.map((p) => p.close()))
  await anvil?.stop()
})

describe(startFaultProxy.name, () => {
  it('forwards requests and batches untouched at rate 0, and counts what it saw', async () => {
    const transparent = await proxy()
    const single = await post(transparent.url, request(1, 'eth_chainId'))
    expect(JSON.parse(single.text)).toEqual({ jsonrpc: '2.0', id: 1, result: '0x7a69' })
    const batch = await post(transparent.url, [
      request(1, 'eth_getCode', ['0x1111111111111111111111111111111111111111', '0x2']),
      request(2, 'eth_chainId'),
    ])
    expect(JSON.parse(batch.text)).toEqual([
      { jsonrpc: '2.0', id: 1, result: '0x' },
      { jsonrpc: '2.0', id: 2, result: '0x7a69' },
    ])
    expect(transparent.stats()).toMatchObject({
      httpRequests: 2,
      methods: { eth_chainId: 2, eth_getCode: 1 },
      faults: {},
      readBlocks: ['0x2'],
    })
  })

  it('injects the same faults for the same seed and request order', async () => {
    const sequence = async (seed: number) => {
      const faulty = await proxy({ rate: 0.5, seed, kinds: ['rateLimit', 'serverError', 'malformed'] })
      const statuses: string[] = []
      for (let i = 0; i < 30; i++) {
        const { status, text } = await post(faulty.url, request(i, 'eth_chainId'))
        statuses.push(status === 200 && !text.endsWith('}') ? 'malformed' : String(status))
      }
      return statuses
    }
    const first = await sequence(42)
    expect(await sequence(42)).toEqual(first)
    expect(await sequence(43)).not.toEqual(first)
    expect(new Set(first)).toEqual(new Set(['200', '429', '500', '503', 'malformed']))
  })

  it('answers 429 and 503 with Retry-After, and 500', async () => {
    const faulty = await proxy({ script: ['rateLimit', 'serverError', 'serverError'], retryAfter: '7' })
    const [limited, first, second] = [
      await post(faulty.url, request(1, 'eth_chainId')),
      await post(faulty.url, request(2, 'eth_chainId')),
      await post(faulty.url, request(3, 'eth_chainId')),
    ]
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7'])
    expect([first.status, second.status]).toEqual([500, 503])
    expect(second.headers.get('retry-after')).toBe('7')
    expect(faulty.stats().faults).toEqual({ rateLimit: 1, serverError: 2 })
  })

  it('holds a request and then drops the connection', async () => {
    const faulty = await proxy({ script: ['timeout'], holdMs: 100 })
    await expect(post(faulty.url, request(1, 'eth_chainId'))).rejects.toThrow()
    expect((await post(faulty.url, request(2, 'eth_chainId'))).status).toBe(200)
  })

  it('breaks JSON, truncates batches and answers -32005 inside a 200', async () => {
    const faulty = await proxy({ script: ['malformed', 'truncated', 'rpcRateLimit'] })
    const batch = [request(1, 'eth_chainId'), request(2, 'eth_chainId'), request(3, 'eth_chainId')]
    const malformed = await post(faulty.url, batch)
    expect(() => JSON.parse(malformed.text)).toThrow()
    const truncated = JSON.parse((await post(faulty.url, batch)).text) as unknown[]
    expect(truncated).toHaveLength(1)
    const limited = JSON.parse((await post(faulty.url, batch)).text) as Array<{ error: { code: number } }>
    expect(limited.map((item) => item.error.code)).toEqual([-32005, -32005, -32005])
  })

  it('reports an older latest block once', async () => {
    const faulty = await proxy({ rate: 1, kinds: ['lag'], lagBlocks: 2 })
    const latest = async (url: string) =>
      (
        JSON.parse((await post(url, request(1, 'eth_getBlockByNumber', ['latest', false]))).text) as {
          result: { number: string }
        }
      ).result.number
    const real = await latest(anvil.url)
    expect(await latest(faulty.url)).toBe(`0x${(Number(real) - 2).toString(16)}`)
    expect(await latest(faulty.url)).toBe(real)
    expect(faulty.stats().faults).toEqual({ lag: 1 })
  })

  it.each([
    ['status', 413, 'Payload Too Large'],
    ['error', 200, '{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}'],
  ] as const)('refuses batches over maxBatchSize (%s)', async (refuseWith, status, text) => {
    const limited = await proxy({ maxBatchSize: 2, refuseWith })
    const three = [request(1, 'eth_chainId'), request(2, 'eth_chainId'), request(3, 'eth_chainId')]
    expect(await post(limited.url, three)).toMatchObject({ status, text })
    expect((await post(limited.url, three.slice(0, 2))).status).toBe(200)
    expect(limited.stats().faults).toEqual({ refused: 1 })
  })

  it('answers 502 when the node behind it is down', async () => {
    const down = await proxy({ target: `http://127.0.0.1:${await closedPort()}` })
    expect((await post(down.url, request(1, 'eth_chainId'))).status).toBe(502)
  })
})
