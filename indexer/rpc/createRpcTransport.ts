import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import { checkEndpointChainId } from './checkEndpointChainId.ts'
import { isRateLimitError, isTransientRpcError } from './classifyRpcError.ts'
import type { JsonRpcRequest } from './jsonRpcEnvelope.ts'
import { type PostOutcome, postJsonRpc } from './postJsonRpc.ts'
import type {
  RpcOutcome,
  RpcRequest,
  RpcTransport,
  RpcTransportDependencies,
  RpcTransportOptions,
  TransportStats,
} from './RpcTransport.ts'
import { retryDelay } from './retryDelay.ts'
import { sleep } from './sleep.ts'
import { takeBatch } from './takeBatch.ts'

interface Item {
  request: RpcRequest<unknown>
  weight: number
  resolve(outcome: RpcOutcome<unknown>): void
  reject(error: unknown): void
  url: number
  /** Failed attempts on the current URL. */
  attempt: number
  /** The largest batch this item may travel in (halved when a batch holding it was refused). */
  cap: number
  settled: boolean
  detach(): void
}

/**
 * Builds a JSON-RPC client over `fetch` for one chain. Requests are gathered into batches (split in
 * halves when an endpoint refuses one: HTTP 413, an error object for the whole batch, a non-array or a
 * truncated answer), at most `concurrency` HTTP requests are in flight, and failures (429, 5xx,
 * timeouts, network errors, malformed JSON, rate-limit errors inside a 200 body) are retried with
 * exponential backoff and full jitter, honouring `Retry-After`, `retry.attempts` times per URL before
 * falling back to the next URL. Every answer is parsed with zod. URLs never appear in logs or errors.
 *
 * @returns the transport; nothing is sent until the first request.
 * @throws nothing itself; its requests reject with {@link RpcRequestFailedError} once every URL failed,
 * {@link ChainIdMismatchError} when a URL serves another chain, or the abort reason.
 * @example
 * const transport = createRpcTransport({ logger: console }, { urls: ['https://rpc.example'], chainId: 1, chain: 'ethereum', source: 'RPC_URL_ETHEREUM', concurrency: 4, timeoutMs: 30_000, retry: DEFAULT_RETRY_POLICY, batch: DEFAULT_BATCH_POLICY })
 * await transport.verifyChainId()
 */
export function createRpcTransport(
  { logger, fetch = globalThis.fetch, signal, random = Math.random }: RpcTransportDependencies,
  options: RpcTransportOptions,
): RpcTransport {
  const { urls, chain, retry, batch: batchPolicy } = options
  const counters: TransportStats = { httpRequests: 0, rpcCalls: 0, retries: 0 }
  const urlCaps = urls.map(() => batchPolicy.maxSize)
  // A URL that answered 429 or 503 with Retry-After gets nothing until then, from any batch.
  const pausedUntil = urls.map(() => 0)
  const verified = new Map<number, Promise<string | undefined>>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let pending: Item[] = []
  let inFlight = 0
  let preferredUrl = 0
  let nextId = 1
  let flushScheduled = false

  signal?.addEventListener(
    'abort',
    () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
    { once: true },
  )

  const settle = (item: Item, finish: () => void) => {
    if (item.settled) return
    item.settled = true
    item.detach()
    finish()
  }

  const post = async (url: number, requests: JsonRpcRequest[]): Promise<PostOutcome> => {
    counters.httpRequests++
    counters.rpcCalls += requests.length
    const target = urls[url] as string
    return postJsonRpc({ fetch, signal }, { url: target, requests, timeoutMs: options.timeoutMs })
  }

  /** Resolves with undefined once `url` serves the right chain, or with why it could not be asked. */
  const verifyUrl = (url: number): Promise<string | undefined> => {
    let verification = verified.get(url)
    if (!verification) {
      verification = askChainId(url)
      verified.set(url, verification)
    }
    return verification
  }

  const askChainId = (url: number): Promise<string | undefined> =>
    checkEndpointChainId(
      {
        send: (request) => post(url, [{ ...request, id: nextId++ }]),
        wait: (ms) => {
          counters.retries++
          return sleep(ms, signal)
        },
        random,
      },
      { chainId: options.chainId, chain, source: options.source, retry },
    )

  const verifyChainId = async (): Promise<void> => {
    let reason = 'no URL'
    for (let url = preferredUrl; url < urls.length; url++) {
      const failure = await verifyUrl(url)
      if (failure === undefined) {
        preferredUrl = url
        return
      }
      reason = failure
      warnFallback(url, failure)
    }
    throw new RpcRequestFailedError({ chain, method: 'eth_chainId', reason })
  }

  const warned = new Set<number>()
  const warnFallback = (url: number, reason: string) => {
    if (url + 1 < urls.length && !warned.has(url)) {
      warned.add(url)
      logger.warn(
        `${chain}: RPC URL ${url + 1} of ${urls.length} from ${options.source} failed (${reason}); trying URL ${url + 2}`,
      )
    }
  }

  const enqueue = (items: readonly Item[]) => {
    for (const item of items) if (!item.settled) pending.push(item)
    if (flushScheduled) return
    flushScheduled = true
    setTimeout(() => {
      flushScheduled = false
      pump()
    }, batchPolicy.stallMs)
  }

  const pump = () => {
    while (inFlight < options.concurrency) {
      const next = takeBatch(
        pending.filter((item) => !item.settled),
        { urlCaps, maxWeight: batchPolicy.maxWeight },
      )
      pending = next.rest
      const { batch } = next
      if (batch.length === 0) return
      inFlight++
      void send(batch)
        .catch((error: unknown) => {
          for (const item of batch) settle(item, () => item.reject(error))
        })
        .finally(() => {
          inFlight--
          pump()
        })
    }
  }

  const send = async (batch: Item[]): Promise<void> => {
    const url = (batch[0] as Item).url
    const failure = await verifyUrl(url)
    if (failure !== undefined) {
      for (const item of batch) moveOn(item, url, failure)
      return
    }
    const pause = (pausedUntil[url] ?? 0) - performance.now()
    if (pause > 0) await sleep(pause, signal)
    const live = batch.filter((item) => !item.settled)
    if (live.length === 0) return
    const ids = live.map(() => nextId++)
    const outcome = await post(
      url,
      live.map((item, i) => ({
        jsonrpc: '2.0',
        id: ids[i] as number,
        method: item.request.method,
        params: item.request.params,
      })),
    )
    if (outcome.kind === 'failed') {
      if (outcome.skipUrl) {
        for (const item of live) moveOn(item, url, outcome.reason)
        return
      }
      if (outcome.retryAfterMs !== undefined) {
        const until = performance.now() + Math.min(outcome.retryAfterMs, retry.maxRetryAfterMs)
        pausedUntil[url] = Math.max(pausedUntil[url] ?? 0, until)
      }
      // A batch too heavy to answer in time gets smaller as well as another try.
      if (outcome.timedOut && live.length > 1) {
        for (const item of live) item.cap = Math.min(item.cap, Math.floor(live.length / 2))
      }
      return fail(live, outcome.reason, outcome.retryAfterMs)
    }
    if (outcome.kind === 'refused') {
      if (live.length === 1) return fail(live, outcome.reason)
      const half = Math.floor(live.length / 2)
      if (outcome.shrink) urlCaps[url] = Math.min(urlCaps[url] ?? half, half)
      for (const item of live) item.cap = Math.min(item.cap, half)
      return enqueue(live)
    }
    const missing: Item[] = []
    const failed: Item[] = []
    let reason = 'invalid result'
    for (const [i, item] of live.entries()) {
      const response = outcome.responses.get(ids[i] as number)
      if (!response) {
        missing.push(item)
        continue
      }
      const { error } = response
      if (error) {
        if (isRateLimitError(error) || (!item.request.isAnswer?.(error) && isTransientRpcError(error))) {
          reason = `JSON-RPC error ${error.code}`
          failed.push(item)
        } else settle(item, () => item.resolve({ ok: false, error }))
        continue
      }
      const parsed = item.request.schema.safeParse(response.result)
      if (parsed.success) settle(item, () => item.resolve({ ok: true, result: parsed.data }))
      else failed.push(item)
    }
    if (missing.length === live.length && live.length === 1) fail(missing, 'no answer to the request')
    else if (missing.length > 0) {
      // A truncated batch: keep what came back, send the rest again in smaller batches.
      const half = Math.max(1, Math.floor(live.length / 2))
      for (const item of missing) item.cap = Math.min(item.cap, half)
      enqueue(missing)
    }
    if (failed.length > 0) fail(failed, reason)
  }

  /** Retries the items after one shared backoff (so they travel together again), or moves them on. */
  const fail = (items: readonly Item[], reason: string, retryAfterMs?: number) => {
    const again: Item[] = []
    for (const item of items) {
      if (item.settled) continue
      item.attempt++
      if (item.attempt >= retry.attempts) moveOn(item, item.url, reason)
      else again.push(item)
    }
    if (again.length === 0) return
    counters.retries++
    const attempt = Math.max(...again.map((item) => item.attempt))
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        enqueue(again)
      },
      retryDelay({ retry: attempt, policy: retry, retryAfterMs, random }),
    )
    timers.add(timer)
  }

  /** After `url` is used up: the next URL, or the final failure. */
  const moveOn = (item: Item, url: number, reason: string) => {
    if (item.settled || item.url !== url) return
    item.url = url + 1
    item.attempt = 0
    if (item.url >= urls.length) {
      settle(item, () =>
        item.reject(new RpcRequestFailedError({ chain, method: item.request.method, reason })),
      )
      return
    }
    warnFallback(url, reason)
    preferredUrl = Math.max(preferredUrl, item.url)
    enqueue([item])
  }

  const request = <T>(request: RpcRequest<T>): Promise<RpcOutcome<T>> =>
    new Promise<RpcOutcome<T>>((resolve, reject) => {
      const signals = [signal, request.signal].filter((s): s is AbortSignal => s !== undefined)
      const aborted = signals.find((s) => s.aborted)
      if (aborted) return reject(aborted.reason)
      const item: Item = {
        request: request as RpcRequest<unknown>,
        weight: request.weight ?? 1,
        resolve: resolve as (outcome: RpcOutcome<unknown>) => void,
        reject,
        url: preferredUrl,
        attempt: 0,
        cap: Number.POSITIVE_INFINITY,
        settled: false,
        detach: () => {
          for (const s of signals) s.removeEventListener('abort', onAbort)
        },
      }
      function onAbort(this: AbortSignal) {
        settle(item, () => reject(this.reason))
      }
      for (const s of signals) s.addEventListener('abort', onAbort, { once: true })
      enqueue([item])
    })

  return { request, verifyChainId, stats: () => ({ ...counters }) }
}
