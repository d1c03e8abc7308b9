import { z } from 'zod'
import { endpointUrl } from './endpointUrl.ts'
import type { PinProvider, PinRequest, PinResult } from './PinProvider.ts'
import { PinProviderError } from './PinProviderError.ts'
import { type PollDeps, type PollState, pollUntil } from './pollUntil.ts'
import { type HttpDeps, requestWithRetry } from './requestWithRetry.ts'
import { retryReporter } from './retryReporter.ts'
import { sameCid } from './sameCid.ts'

/** Where an IPFS Pinning Service API endpoint is, the token for it, and where it can fetch the DAG. */
export interface PinningServiceOptions {
  /** The API endpoint, e.g. `https://pinning.example/psa` (`/pins` is appended). */
  url: URL
  /** The access token, sent as `Authorization: Bearer <token>`. */
  token: string
  /** Multiaddrs of peers that have the DAG, sent as `origins` so the service fetches from them. */
  origins?: string[]
  /** Shown in progress and errors; defaults to `pinning-service`. */
  name?: string
}

// PinStatus (Pinning Service API spec v1.0.0, components/schemas/PinStatus).
const pinStatus = z.object({
  requestid: z.string().min(1),
  status: z.enum(['queued', 'pinning', 'pinned', 'failed']),
  pin: z.object({ cid: z.string() }),
  delegates: z.array(z.string()).optional().default([]),
  info: z.record(z.string(), z.unknown()).optional().default({}),
})

/**
 * A provider for any service that implements the IPFS Pinning Service API (ipfs/pinning-services-api-spec):
 * `POST /pins` with `{cid, name, origins}` (answered 202 with a PinStatus), then `GET /pins/{requestid}`
 * until the status is `pinned` or `failed` ("The pin lifecycle"). The service fetches the blocks itself
 * from the IPFS network, so `origins` should name a peer that already has them (the Kubo node this release
 * was imported into).
 *
 * @param options Endpoint, token, origins and name.
 * @param deps fetch, timeout, retry and polling settings.
 * @returns The provider.
 * @example
 * const service = createPinningServiceProvider({ url: new URL('https://pinning.example/psa'), token })
 */
export function createPinningServiceProvider(
  options: PinningServiceOptions,
  deps: HttpDeps & PollDeps = {},
): PinProvider {
  const name = options.name ?? 'pinning-service'
  const headers = { authorization: `Bearer ${options.token}` }

  async function pin(request: PinRequest): Promise<PinResult> {
    const { root, signal, onProgress } = request
    const onRetry = retryReporter(name, onProgress)
    const body = JSON.stringify({
      cid: root.toString(),
      ...(request.name ? { name: request.name } : {}),
      ...(options.origins?.length ? { origins: options.origins } : {}),
    })
    const created = await requestWithRetry(
      {
        service: name,
        method: 'POST',
        url: endpointUrl(options.url, 'pins'),
        headers: { ...headers, 'content-type': 'application/json' },
        body: () => body,
        signal,
        onRetry,
      },
      deps,
    )
    let status = parseStatus(await created.json().catch(() => undefined))
    if (!sameCid(status.pin.cid, root)) {
      throw new PinProviderError({
        provider: name,
        problem: `the service accepted ${status.pin.cid}, not ${root}.`,
      })
    }
    // The POST's answer is the first look at the status; later looks ask GET /pins/{requestid}.
    let fresh = true
    const check = async (): Promise<PollState> => {
      if (!fresh) {
        const url = endpointUrl(options.url, `pins/${encodeURIComponent(status.requestid)}`)
        const response = await requestWithRetry(
          { service: name, method: 'GET', url, headers, signal, onRetry },
          deps,
        )
        status = parseStatus(await response.json().catch(() => undefined))
      }
      fresh = false
      if (status.status === 'pinned') {
        const via = status.delegates.length ? `, ${status.delegates.length} delegate(s)` : ''
        return { state: 'done', detail: `pinned (request ${status.requestid}${via})` }
      }
      if (status.status === 'failed') {
        const info = Object.values(status.info).filter((value) => typeof value === 'string')
        return {
          state: 'failed',
          reason: `the service failed to pin ${root}${info.length ? `: ${info.join('; ')}` : '.'}`,
        }
      }
      return { state: 'waiting', status: status.status }
    }
    const detail = await pollUntil(name, check, request, deps)
    return { provider: name, root, detail }
  }

  function parseStatus(json: unknown) {
    const parsed = pinStatus.safeParse(json)
    if (!parsed.success) {
      throw new PinProviderError({
        provider: name,
        problem: 'the answer is not a PinStatus of the IPFS Pinning Service API.',
        hint: 'Check PINNING_SERVICE_URL: it is the API endpoint, the URL that `/pins` is appended to.',
      })
    }
    return parsed.data
  }

  return { name, transfer: 'fetch', pin }
}
