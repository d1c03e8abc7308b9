/** How a transport waits between attempts. All times in milliseconds. */
export interface RetryPolicy {
  /** Attempts per URL, the first included, before falling back to the next URL. */
  attempts: number
  /** The backoff ceiling before the first retry; it doubles with each retry. */
  baseDelayMs: number
  /** The backoff ceiling never grows past this. */
  maxDelayMs: number
  /** A server's `Retry-After` is honoured up to this long. */
  maxRetryAfterMs: number
}

/** Defaults fit for public RPC endpoints: 5 attempts per URL, waits from 0–250 ms up to 0–10 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
}

/**
 * How long to wait before retry number `retry` (1 for the first retry): exponential backoff with full
 * jitter (a uniform wait between 0 and `min(maxDelayMs, baseDelayMs × 2^(retry−1))`), so many clients
 * that failed together do not come back together. A server's `Retry-After` is a floor, capped at
 * `maxRetryAfterMs`.
 *
 * @param retry 1 for the first retry, 2 for the second…
 * @param retryAfterMs what the server asked for, from {@link parseRetryAfter}.
 * @param random a uniform source in [0, 1); pass a seeded one for repeatable tests.
 * @returns the wait in whole milliseconds.
 * @example
 * retryDelay({ retry: 3, policy: DEFAULT_RETRY_POLICY, random: () => 0.5 }) // 500
 */
export function retryDelay({
  retry,
  policy,
  retryAfterMs,
  random = Math.random,
}: {
  retry: number
  policy: RetryPolicy
  retryAfterMs?: number | undefined
  random?: () => number
}): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1))
  const jittered = Math.floor(random() * ceiling)
  const floor = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, policy.maxRetryAfterMs)
  return Math.max(jittered, floor)
}

/**
 * Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 *
 * @param value the header value, or null when absent.
 * @param now the current time in ms since the epoch (an argument, so this stays pure).
 * @returns the wait in ms (0 for a date in the past), or undefined when absent or unreadable.
 * @example
 * parseRetryAfter('2', Date.now()) // 2000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // Only the HTTP-date forms, never a bare number Date.parse would read as a year.
  if (!/[a-z]/i.test(text)) return undefined
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
