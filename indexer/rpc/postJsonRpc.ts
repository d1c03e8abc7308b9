import { isRateLimitError } from './classifyRpcError.ts'
import { type JsonRpcRequest, type JsonRpcResponse, JsonRpcResponseSchema } from './jsonRpcEnvelope.ts'
import { parseRetryAfter } from './retryDelay.ts'

/**
 * What one HTTP attempt came to. `answered`: the responses that parsed, by id (ids missing from it were
 * not answered). `refused`: the endpoint would not take a batch this big (`shrink`: it said so, e.g.
 * HTTP 413, so every later batch should be smaller too). `failed`: nothing usable came back; retry
 * after `retryAfterMs` if the server asked, or move on to the next URL at once when `skipUrl`
 * (`timedOut`: no answer within the timeout, perhaps because the batch was too heavy).
 * Every `reason` is short and free of URLs, ports and times.
 */
export type PostOutcome =
  | { kind: 'answered'; responses: Map<number, JsonRpcResponse> }
  | { kind: 'refused'; shrink: boolean; reason: string }
  | { kind: 'failed'; reason: string; retryAfterMs?: number; skipUrl?: boolean; timedOut?: boolean }

/** What {@link postJsonRpc} needs. */
export interface PostJsonRpcDependencies {
  fetch: typeof fetch
  /** Aborts the attempt (with the timeout). */
  signal?: AbortSignal | undefined
  /** Current time in ms, for `Retry-After` dates. */
  now?: () => number
}

/**
 * POSTs one JSON-RPC request (one item) or batch (several) and sorts the answer into a
 * {@link PostOutcome}, parsing every response with zod. It never throws for anything the server or
 * the network does; it rejects only with the abort reason when `signal` was aborted by the caller.
 *
 * @param url the endpoint; it may hold an API key, so it never appears in an outcome.
 * @param requests what to send: one is sent as a plain object, several as a batch array.
 * @param timeoutMs the whole attempt (connect, headers, body) must finish within this.
 * @returns the outcome.
 * @example
 * const outcome = await postJsonRpc({ fetch }, { url, requests: [{ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }], timeoutMs: 10_000 })
 */
export async function postJsonRpc(
  { fetch, signal, now = Date.now }: PostJsonRpcDependencies,
  { url, requests, timeoutMs }: { url: string; requests: readonly JsonRpcRequest[]; timeoutMs: number },
): Promise<PostOutcome> {
  const isBatch = requests.length > 1
  const timeout = AbortSignal.timeout(timeoutMs)
  let status: number
  let retryAfterMs: number | undefined
  let text: string
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(isBatch ? requests : requests[0]),
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    })
    status = response.status
    retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now())
    text = await response.text()
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    if (timeout.aborted) return { kind: 'failed', reason: 'timed out', timedOut: true }
    return { kind: 'failed', reason: networkReason(error) }
  }

  if (status === 413) return { kind: 'refused', shrink: true, reason: 'HTTP 413' }
  if (status === 429 || status >= 500) {
    return { kind: 'failed', reason: `HTTP ${status}`, ...(retryAfterMs !== undefined && { retryAfterMs }) }
  }
  // Wrong key, wrong path or a method-less endpoint: another attempt gets the same answer.
  if (status === 401 || status === 403 || status === 404 || status === 405) {
    return { kind: 'failed', reason: `HTTP ${status}`, skipUrl: true }
  }
  if ((status < 200 || status > 299) && status !== 400) return { kind: 'failed', reason: `HTTP ${status}` }

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { kind: 'failed', reason: status === 400 ? 'HTTP 400' : 'malformed JSON' }
  }
  const responses = new Map<number, JsonRpcResponse>()
  if (Array.isArray(body)) {
    for (const item of body) {
      const parsed = JsonRpcResponseSchema.safeParse(item)
      if (parsed.success && typeof parsed.data.id === 'number') responses.set(parsed.data.id, parsed.data)
    }
    if (status === 400 && responses.size === 0) return { kind: 'failed', reason: 'HTTP 400' }
    return { kind: 'answered', responses }
  }
  const parsed = JsonRpcResponseSchema.safeParse(body)
  if (!parsed.success) {
    if (isBatch) return { kind: 'refused', shrink: false, reason: 'non-array response to a batch' }
    return { kind: 'failed', reason: status === 400 ? 'HTTP 400' : 'invalid JSON-RPC response' }
  }
  const { error } = parsed.data
  if (isBatch) {
    // One error object for a whole batch: "slow down", or "not this many at once".
    if (error && isRateLimitError(error)) return { kind: 'failed', reason: `JSON-RPC error ${error.code}` }
    return {
      kind: 'refused',
      shrink: error !== undefined,
      reason: error ? `batch refused (JSON-RPC error ${error.code})` : 'non-array response to a batch',
    }
  }
  const [request] = requests
  if (!request) return { kind: 'answered', responses }
  // A node that cannot tell which request failed answers with id null.
  if (parsed.data.id === request.id || (parsed.data.id === null && error)) {
    responses.set(request.id, { ...parsed.data, id: request.id })
  }
  return { kind: 'answered', responses }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  const code = cause?.code
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)
    ? `network error (${code})`
    : 'network error'
}
