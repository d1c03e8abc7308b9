/**
 * Waits `ms` milliseconds, or rejects with the abort reason as soon as `signal` is aborted (the timer is
 * cleared then, so an aborted run does not linger).
 *
 * @returns a promise that resolves after `ms`.
 * @throws the signal's abort reason.
 * @example
 * await sleep(250, AbortSignal.timeout(1_000))
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
