import type { PinRequest } from './PinProvider.ts'
import type { RetryNotice } from './withRetry.ts'

/**
 * Turns retry notices into progress events, so a person sees why a provider is waiting.
 *
 * @param provider The provider's name.
 * @param onProgress Where progress goes (may be undefined).
 * @returns An `onRetry` callback for requestWithRetry / withRetry.
 * @example
 * requestWithRetry({ service: 'kubo', method: 'POST', url, onRetry: retryReporter('kubo', onProgress) })
 */
export function retryReporter(
  provider: string,
  onProgress: PinRequest['onProgress'],
): (notice: RetryNotice) => void {
  return ({ retry, delayMs, error }) =>
    onProgress?.({
      provider,
      phase: 'retry',
      message: `${error.shortMessage}; retry ${retry} in ${(delayMs / 1000).toFixed(1)} s`,
    })
}
