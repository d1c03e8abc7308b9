import { setTimeout as sleepFor } from 'node:timers/promises'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './backoffDelay.ts'

/** A failure worth another try: HTTP 429 or 5xx, a timeout, a dropped connection. */
export class TransientError extends BaseError {
  override name = 'TransientError'
  /** What the server asked for in Retry-After, in ms. */
  readonly retryAfterMs: number | undefined
  constructor({ message, retryAfterMs, cause }: { message: string; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause })
    this.retryAfterMs = retryAfterMs
  }
}

/** Thrown when a transient failure outlasted the retry policy. */
export class RetriesExhaustedError extends BaseError {
  override name = 'RetriesExhaustedError'
  readonly attempts: number
  constructor({ last, attempts, reason }: { last: TransientError; attempts: number; reason?: string }) {
    super(
      `${last.shortMessage} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${reason ? `: ${reason}` : ''})`,
      {
        cause: last,
        metaMessages: ['The service is overloaded or down: try again later, or raise PIN_RETRIES.'],
      },
    )
    this.attempts = attempts
  }
}

/** What a retry loop needs from the outside world; tests pass a recording `sleep` and a fixed `random`. */
export interface RetryDeps {
  /** Overrides parts of {@link defaultRetryPolicy}. */
  policy?: Partial<RetryPolicy>
  /** A number in [0, 1) for jitter; defaults to Math.random. */
  random?: () => number
  /** Waits `ms`, rejecting early when `signal` aborts; defaults to node:timers/promises setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** Told before each wait, so a CLI can say what is happening. */
export interface RetryNotice {
  /** 1 for the first retry. */
  retry: number
  delayMs: number
  error: TransientError
}

/**
 * Runs `attempt` until it succeeds, retrying only {@link TransientError}s, with exponential backoff and
 * jitter, never sooner than a server's Retry-After, and at most `policy.retries` times.
 *
 * @param attempt The work; receives the attempt number (0 first).
 * @param options Retry dependencies, the `signal` that stops waiting, and `onRetry`.
 * @returns What `attempt` returned.
 * @throws {RetriesExhaustedError} when transient failures outlast the policy, or a server asks to wait
 *   longer than `maxRetryAfterMs`.
 * @throws whatever `attempt` threw when it was not transient, and the abort reason when `signal` aborts.
 * @example
 * const response = await withRetry(() => fetchOrThrowTransient(url), { signal, onRetry: console.error })
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryDeps & { signal?: AbortSignal; onRetry?: (notice: RetryNotice) => void } = {},
): Promise<T> {
  const policy = { ...defaultRetryPolicy, ...options.policy }
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }))
  for (let attemptNumber = 0; ; attemptNumber++) {
    options.signal?.throwIfAborted()
    try {
      return await attempt(attemptNumber)
    } catch (error) {
      options.signal?.throwIfAborted()
      if (!(error instanceof TransientError)) throw error
      const attempts = attemptNumber + 1
      if (attemptNumber >= policy.retries) throw new RetriesExhaustedError({ last: error, attempts })
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) {
        const reason = `the server asked to wait ${Math.ceil(error.retryAfterMs / 1000)} s`
        throw new RetriesExhaustedError({ last: error, attempts, reason })
      }
      const delayMs = backoffDelay(attemptNumber, policy, random, error.retryAfterMs)
      options.onRetry?.({ retry: attempts, delayMs, error })
      await sleep(delayMs, options.signal)
    }
  }
}
