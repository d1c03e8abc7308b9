/** How a bounded retry loop waits between attempts. */
export interface RetryPolicy {
  /** Retries after the first attempt (so `retries + 1` attempts in all). */
  retries: number
  /** The first backoff's upper bound, doubled each retry. */
  baseDelayMs: number
  /** No backoff is longer than this. */
  maxDelayMs: number
  /** A server asking to wait longer than this (Retry-After) is not waited for: the attempt fails. */
  maxRetryAfterMs: number
}

/** The policy used unless a caller or the environment says otherwise: about a minute of patience. */
export const defaultRetryPolicy: RetryPolicy = {
  retries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
}

/**
 * The wait before retry number `retry`: exponential backoff with full jitter (a random time between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^retry)`, so many clients do not retry in step), but never less than
 * what the server asked for in Retry-After.
 *
 * @param retry 0 for the first retry, 1 for the second…
 * @param policy The backoff bounds.
 * @param random A number in [0, 1); pass `Math.random` at the edge, a constant in tests.
 * @param retryAfterMs The server's Retry-After, if it sent one.
 * @returns The delay in ms.
 * @example
 * backoffDelay(2, defaultRetryPolicy, () => 0.5) // 2000
 * backoffDelay(0, defaultRetryPolicy, () => 0, 3000) // 3000
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  const jittered = Math.floor(random() * ceiling)
  return Math.max(jittered, retryAfterMs ?? 0)
}
