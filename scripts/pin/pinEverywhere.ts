import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { PinProvider, PinRequest, PinResult } from './PinProvider.ts'

/** How one provider fared. */
export type PinOutcome =
  | { provider: string; ok: true; result: PinResult }
  | { provider: string; ok: false; error: Error }

/** Thrown when no provider is configured at all. */
export class NoPinProviderError extends BaseError {
  override name = 'NoPinProviderError'
  constructor() {
    super('No pinning provider is configured, so the release cannot be pinned anywhere.', {
      metaMessages: [
        'Set the variables of at least one provider (docs/pinning.md lists them all):',
        '  KUBO_RPC_URL (+ KUBO_RPC_AUTH)                    a Kubo node, or a service speaking its RPC',
        '  IPFS_CLUSTER_URL (+ IPFS_CLUSTER_AUTH)            an IPFS Cluster REST API',
        '  PINNING_SERVICE_URL + PINNING_SERVICE_TOKEN       an IPFS Pinning Service API endpoint',
        '  W3UP_SERVICE_URL + W3UP_SERVICE_DID + W3UP_PRINCIPAL + W3UP_PROOF   a self-hosted w3up service',
      ],
    })
  }
}

/** Thrown when every enabled provider failed; lists each one's error. */
export class PinFailedEverywhereError extends BaseError {
  override name = 'PinFailedEverywhereError'
  readonly outcomes: PinOutcome[]
  constructor({ outcomes }: { outcomes: PinOutcome[] }) {
    super(`No provider pinned the release (${outcomes.length} tried).`, {
      details: outcomes
        .map((outcome) => `- ${outcome.provider}: ${outcome.ok ? 'ok' : reason(outcome)}`)
        .join('\n'),
      metaMessages: ['Fix at least one provider (each error above says how) and run the pin again.'],
    })
    this.outcomes = outcomes
  }
}

/**
 * Pins the release with every enabled provider and succeeds when at least one succeeds. Providers that
 * upload the CAR run first, all at once; providers that only receive the CID (and fetch the blocks from
 * the network) run next, when the uploads have made the blocks available.
 *
 * @param providers The enabled providers.
 * @param request The CAR, root, name, signal and progress callback, shared by all.
 * @returns Every provider's outcome, in the order given, and the successful results.
 * @throws {NoPinProviderError} when `providers` is empty.
 * @throws {PinFailedEverywhereError} when every provider failed (each error listed).
 * @example
 * const { pinned } = await pinEverywhere(providers, { car: 'dist.car', root })
 */
export async function pinEverywhere(
  providers: readonly PinProvider[],
  request: PinRequest,
): Promise<{ pinned: PinResult[]; outcomes: PinOutcome[] }> {
  if (providers.length === 0) throw new NoPinProviderError()
  const run = async (provider: PinProvider): Promise<PinOutcome> => {
    try {
      return { provider: provider.name, ok: true, result: await provider.pin(request) }
    } catch (error) {
      request.signal?.throwIfAborted()
      return {
        provider: provider.name,
        ok: false,
        error: error instanceof Error ? error : new Error(String(error)),
      }
    }
  }
  const uploads = await Promise.all(providers.filter((provider) => provider.transfer === 'upload').map(run))
  const fetches = await Promise.all(providers.filter((provider) => provider.transfer === 'fetch').map(run))
  const byName = new Map([...uploads, ...fetches].map((outcome) => [outcome.provider, outcome]))
  const outcomes = providers.flatMap((provider) => byName.get(provider.name) ?? [])
  const pinned = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.result] : []))
  if (pinned.length === 0) throw new PinFailedEverywhereError({ outcomes })
  return { pinned, outcomes }
}

/** A failed outcome's error in one line, without repeating the provider's name the adapters start with. */
function reason(outcome: Extract<PinOutcome, { ok: false }>): string {
  const error = outcome.error as Error & { shortMessage?: string }
  const line = (error.shortMessage ?? error.message).split('\n')[0] ?? ''
  const prefix = `${outcome.provider}: `
  return line.startsWith(prefix) ? line.slice(prefix.length) : line
}
