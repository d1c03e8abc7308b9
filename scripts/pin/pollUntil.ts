import { setTimeout as sleepFor } from 'node:timers/promises'
import type { PinRequest } from './PinProvider.ts'
import { PinProviderError } from './PinProviderError.ts'

/** How long a provider waits for a service to finish pinning, and how often it asks. */
export interface PollDeps {
  /** Between two status checks; defaults to 2 s. */
  pollIntervalMs?: number
  /** Gives up after this much waiting; defaults to 10 minutes. */
  waitMs?: number
  /** Waits `ms`, rejecting early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** One look at a pin's status: done (with a detail line), failed (with a reason), or still going. */
export type PollState =
  | { state: 'done'; detail: string }
  | { state: 'failed'; reason: string }
  | { state: 'waiting'; status: string }

/**
 * Asks a service for a pin's status until it is done or failed, reporting each wait as progress. Time
 * is counted in intervals slept, not read from a clock, so the bound holds exactly.
 *
 * @param provider The provider's name, for progress and errors.
 * @param check Looks at the status once.
 * @param request The pin request (its signal and onProgress are used).
 * @param deps Interval, bound and sleep.
 * @returns The detail line of the finished pin.
 * @throws {PinProviderError} when the service reports failure, or the wait runs out.
 * @example
 * const detail = await pollUntil('pinning-service', () => checkStatus(id), request, {})
 */
export async function pollUntil(
  provider: string,
  check: () => Promise<PollState>,
  request: Pick<PinRequest, 'signal' | 'onProgress'>,
  deps: PollDeps = {},
): Promise<string> {
  const interval = deps.pollIntervalMs ?? 2_000
  const waitMs = deps.waitMs ?? 600_000
  const sleep = deps.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }))
  for (let waited = 0; ; waited += interval) {
    request.signal?.throwIfAborted()
    const state = await check()
    if (state.state === 'done') return state.detail
    if (state.state === 'failed') throw new PinProviderError({ provider, problem: state.reason })
    if (waited >= waitMs) {
      throw new PinProviderError({
        provider,
        problem: `the pin is still "${state.status}" after ${Math.round(waited / 1000)} s of waiting.`,
        hint: 'The service may still finish: check its dashboard, or raise PIN_TIMEOUT_SECONDS.',
      })
    }
    request.onProgress?.({ provider, phase: 'wait', message: `${provider}: pin is ${state.status}` })
    await sleep(interval, request.signal)
  }
}
