import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mulberry32 } from '../random/mulberry32.ts'

/**
 * What can go wrong, as public RPC endpoints do it: `rateLimit` (HTTP 429 with Retry-After),
 * `serverError` (HTTP 500 or 503), `timeout` (the response is held past the client's timeout, then
 * dropped), `malformed` (a 200 with broken JSON), `truncated` (a batch answered with fewer items),
 * `rpcRateLimit` (a 200 whose items are JSON-RPC `-32005` errors) and `lag` (an older `latest` or
 * `finalized` block, `lagTimes` times).
 */
export type FaultKind =
  | 'rateLimit'
  | 'serverError'
  | 'timeout'
  | 'malformed'
  | 'truncated'
  | 'rpcRateLimit'
  | 'lag'

/** Every fault kind. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'rateLimit',
  'serverError',
  'timeout',
  'malformed',
  'truncated',
  'rpcRateLimit',
  'lag',
]

/** How the proxy misbehaves. */
export interface FaultProxyOptions {
  /** The real node, e.g. an anvil URL. */
  target: string
  /** Chance of a fault per HTTP request, 0–1 (default 0). */
  rate?: number
  /** Seeds the PRNG: the same seed and the same request order give the same faults. */
  seed?: number
  /** Which faults may be drawn (default all). */
  kinds?: readonly FaultKind[]
  /** Faults for the first requests, in order, before any drawn one (`null`: none). */
  script?: ReadonlyArray<FaultKind | null>
  /** `Retry-After` for 429s and 503s: seconds or an HTTP date (default '0'). */
  retryAfter?: string
  /** How long a `timeout` holds the request before dropping the connection (default 5 s). */
  holdMs?: number
  /** How many blocks a `lag` goes back (default 1), and how many times it may happen (default 1). */
  lagBlocks?: number
  lagTimes?: number
  /** Batches bigger than this are refused, with HTTP 413 or a JSON-RPC error object (`refuseWith`). */
  maxBatchSize?: number
  refuseWith?: 'status' | 'error'
}

/** What the proxy saw and did. */
export interface FaultProxyStats {
  httpRequests: number
  /** JSON-RPC requests received, by method. */
  methods: Record<string, number>
  /** Faults injected, by kind; `refused` counts batches refused for their size. */
  faults: Partial<Record<FaultKind | 'refused', number>>
  /** The block parameter of every `eth_call`, `eth_getCode` and `eth_getStorageAt` received. */
  readBlocks: string[]
  /** When each HTTP request arrived (performance.now()). */
  arrivals: number[]
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>` */
  url: string
  stats(): FaultProxyStats
  close(): Promise<void>
}

interface RpcRequest {
  jsonrpc: '2.0'
  id: number | string | null
  method: string
  params?: unknown[]
}

const READ_METHODS = new Set(['eth_call', 'eth_getCode', 'eth_getStorageAt'])

/**
 * Starts an HTTP JSON-RPC proxy on 127.0.0.1 (port 0) in front of a real node that injects faults at
 * `rate` from a seeded PRNG (mulberry32), so a run is repeatable. When the node itself is down the proxy
 * answers HTTP 502.
 *
 * @returns the proxy; `close()` drops held requests and stops it.
 * @example
 * const proxy = await startFaultProxy({ target: anvil.url, rate: 0.3, seed: 7 })
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const { target, rate = 0, kinds = FAULT_KINDS, script = [], retryAfter = '0', holdMs = 5_000 } = options
  const random = mulberry32(options.seed ?? 1)
  const stats: FaultProxyStats = { httpRequests: 0, methods: {}, faults: {}, readBlocks: [], arrivals: [] }
  const held = new Set<ReturnType<typeof setTimeout>>()
  let lagsLeft = options.lagTimes ?? 1

  const count = (kind: FaultKind | 'refused') => {
    stats.faults[kind] = (stats.faults[kind] ?? 0) + 1
  }

  const forward = async (body: string): Promise<string> => {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    return response.text()
  }

  const pickFault = (requests: readonly RpcRequest[], isBatch: boolean): FaultKind | null => {
    const scripted = stats.httpRequests <= script.length ? script[stats.httpRequests - 1] : undefined
    // Two draws per request whatever happens, so the sequence depends only on the request count.
    const [draw, pick] = [random(), random()]
    const applicable = (kind: FaultKind) =>
      (kind !== 'truncated' || isBatch) &&
      (kind !== 'lag' || (lagsLeft > 0 && requests.some(asksNewestBlock)))
    if (scripted !== undefined) return scripted !== null && applicable(scripted) ? scripted : null
    if (draw >= rate) return null
    const choices = kinds.filter(applicable)
    return choices[Math.floor(pick * choices.length)] ?? null
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    for await (const chunk of req) body += chunk
    stats.httpRequests++
    stats.arrivals.push(performance.now())
    let payload: unknown
    try {
      payload = JSON.parse(body)
    } catch {
      return reply(res, 400, '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}')
    }
    const isBatch = Array.isArray(payload)
    const requests = (isBatch ? payload : [payload]) as RpcRequest[]
    for (const request of requests) {
      stats.methods[request.method] = (stats.methods[request.method] ?? 0) + 1
      const block = request.params?.at(-1)
      if (READ_METHODS.has(request.method) && typeof block === 'string') stats.readBlocks.push(block)
    }
    if (options.maxBatchSize !== undefined && isBatch && requests.length > options.maxBatchSize) {
      count('refused')
      if (options.refuseWith === 'error') {
        return reply(
          res,
          200,
          '{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}',
        )
      }
      return reply(res, 413, 'Payload Too Large')
    }
    const fault = pickFault(requests, isBatch)
    if (fault) count(fault)
    switch (fault) {
      case 'rateLimit':
        return reply(res, 429, 'Too Many Requests', { 'retry-after': retryAfter })
      case 'serverError':
        // Alternating, so both kinds show up deterministically.
        return (stats.faults.serverError ?? 0) % 2 === 1
          ? reply(res, 500, 'Internal Server Error')
          : reply(res, 503, 'Service Unavailable', { 'retry-after': retryAfter })
      case 'timeout': {
        const timer = setTimeout(() => {
          held.delete(timer)
          res.destroy()
        }, holdMs)
        held.add(timer)
        return
      }
      case 'malformed':
        return reply(res, 200, '{"jsonrpc":"2.0","id":1,"result":"0x')
      case 'rpcRateLimit': {
        const errors = requests.map((request) => ({
          jsonrpc: '2.0',
          id: request.id,
          error: { code: -32005, message: 'rate limit exceeded' },
        }))
        return reply(res, 200, JSON.stringify(isBatch ? errors : errors[0]))
      }
    }
    let answer: string
    try {
      answer = await forward(body)
    } catch {
      return reply(res, 502, 'Bad Gateway')
    }
    if (fault === 'truncated') {
      const items = JSON.parse(answer) as unknown[]
      answer = JSON.stringify(items.slice(0, Math.floor(items.length / 2)))
    }
    if (fault === 'lag') {
      lagsLeft--
      answer = await lagged(requests, isBatch, answer)
    }
    reply(res, 200, answer)
  }

  /** Rewrites answers for the newest block to a block `lagBlocks` older. */
  const lagged = async (
    requests: readonly RpcRequest[],
    isBatch: boolean,
    answer: string,
  ): Promise<string> => {
    const lag = options.lagBlocks ?? 1
    const parsed = JSON.parse(answer) as unknown
    const answers = (isBatch ? parsed : [parsed]) as Array<{ id: unknown; result?: unknown }>
    for (const item of answers) {
      const request = requests.find((r) => r.id === item.id)
      if (!request || !asksNewestBlock(request)) continue
      if (request.method === 'eth_blockNumber' && typeof item.result === 'string') {
        item.result = `0x${Math.max(0, Number(item.result) - lag).toString(16)}`
      } else if (item.result && typeof item.result === 'object' && 'number' in item.result) {
        const older = Math.max(0, Number(item.result.number) - lag)
        const text = await forward(
          JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'eth_getBlockByNumber',
            params: [`0x${older.toString(16)}`, false],
          }),
        )
        item.result = (JSON.parse(text) as { result: unknown }).result
      }
    }
    return JSON.stringify(isBatch ? answers : answers[0])
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => reply(res, 500, 'proxy error'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => structuredClone(stats),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of held) clearTimeout(timer)
        held.clear()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

function asksNewestBlock(request: RpcRequest): boolean {
  if (request.method === 'eth_blockNumber') return true
  const tag = request.params?.[0]
  return (
    request.method === 'eth_getBlockByNumber' && (tag === 'latest' || tag === 'finalized' || tag === 'safe')
  )
}

function reply(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body)
}
