import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown when a provider answered but did not pin the root (a pin error, another root, a failed status). */
export class PinProviderError extends BaseError {
  override name = 'PinProviderError'
  readonly provider: string
  constructor({
    provider,
    problem,
    hint,
    cause,
  }: { provider: string; problem: string; hint?: string; cause?: unknown }) {
    super(`${provider}: ${problem}`, { cause, metaMessages: hint ? [hint] : [] })
    this.provider = provider
  }
}
