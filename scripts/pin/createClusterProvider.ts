import { z } from 'zod'
import { carSource } from './carSource.ts'
import { endpointUrl } from './endpointUrl.ts'
import { multipartCarBody } from './multipartCarBody.ts'
import type { PinProvider, PinRequest, PinResult } from './PinProvider.ts'
import { PinProviderError } from './PinProviderError.ts'
import { type PollDeps, type PollState, pollUntil } from './pollUntil.ts'
import { type HttpDeps, requestWithRetry } from './requestWithRetry.ts'
import { retryReporter } from './retryReporter.ts'
import { sameCid } from './sameCid.ts'

/** Where an IPFS Cluster REST API is and how to authenticate. */
export interface ClusterOptions {
  /** The REST API's base, e.g. `https://cluster.example.com:9094`, without user info. */
  url: URL
  /** The `Authorization` header value (Cluster's REST API takes Basic auth or a JWT as Bearer). */
  authorization?: string
  /** Shown in progress and errors; defaults to `cluster`. */
  name?: string
}

// Cluster prints CIDs as `{"/": "…"}` (api.Cid's JSON form); accept a bare string too.
const cidJson = z.union([z.string(), z.object({ '/': z.string() }).transform((link) => link['/'])])
// POST /add with stream-channels=false answers one JSON array of AddedOutput (cluster api/types.go).
const addOutput = z.array(z.object({ cid: cidJson, name: z.string().optional() }))
// GET /pins/<cid> answers a GlobalPinInfo: the tracker status of each cluster peer.
const globalPinInfo = z.object({
  peer_map: z
    .record(
      z.string(),
      z.object({ status: z.string(), error: z.string().optional(), peername: z.string().optional() }),
    )
    .nullish()
    .transform((peers) => peers ?? {}),
})
// Tracker statuses that will not become "pinned" without someone acting (cluster api/types.go TrackerStatus).
const failedStatus = new Set(['cluster_error', 'pin_error', 'unexpectedly_unpinned'])

/**
 * A provider that adds the CAR to an IPFS Cluster with the REST API's CAR import
 * (`POST /add?format=car`, the CAR as the multipart `file`: Cluster imports its blocks and pins its single
 * root across the cluster, like `ipfs-cluster-ctl add --format car`), then polls `GET /pins/<root>` until
 * a peer reports it pinned.
 *
 * @param options The REST API URL, authorization and name.
 * @param deps fetch, timeout, retry and polling settings.
 * @returns The provider.
 * @example
 * const cluster = createClusterProvider({ url: new URL('http://127.0.0.1:9094') })
 */
export function createClusterProvider(options: ClusterOptions, deps: HttpDeps & PollDeps = {}): PinProvider {
  const name = options.name ?? 'cluster'
  const headers: Record<string, string> = options.authorization
    ? { authorization: options.authorization }
    : {}

  async function pin(request: PinRequest): Promise<PinResult> {
    const { root, signal, onProgress } = request
    const onRetry = retryReporter(name, onProgress)
    const car = await carSource(request.car)
    const body = multipartCarBody(car, (loaded, total) =>
      onProgress?.({ provider: name, phase: 'upload', loaded, total }),
    )
    const query: Record<string, string> = { format: 'car', 'stream-channels': 'false' }
    if (request.name) query.name = request.name
    const added = await requestWithRetry(
      {
        service: name,
        method: 'POST',
        url: endpointUrl(options.url, 'add', query),
        headers: { ...headers, 'content-type': body.contentType, 'content-length': String(body.length) },
        body: body.stream,
        signal,
        onRetry,
      },
      deps,
    )
    const outputs = addOutput.safeParse(await added.json().catch(() => undefined))
    const cids = outputs.success ? outputs.data.map((output) => output.cid) : []
    if (!cids.some((cid) => sameCid(cid, root))) {
      throw new PinProviderError({
        provider: name,
        problem: `/add?format=car did not report the root ${root} (it reported: ${cids.join(', ') || 'nothing readable'}).`,
        hint: 'Check that IPFS_CLUSTER_URL is the Cluster REST API (port 9094 by default), not the IPFS proxy.',
      })
    }

    const check = async (): Promise<PollState> => {
      const response = await requestWithRetry(
        {
          service: name,
          method: 'GET',
          url: endpointUrl(options.url, `pins/${root}`),
          headers,
          signal,
          onRetry,
        },
        deps,
      )
      const info = globalPinInfo.safeParse(await response.json().catch(() => undefined))
      const peers = info.success ? Object.values(info.data.peer_map) : []
      const pinned = peers.filter((peer) => peer.status === 'pinned').length
      if (pinned > 0)
        return { state: 'done', detail: `pinned on ${pinned} of ${peers.length} cluster peer(s)` }
      const failed = peers.filter((peer) => failedStatus.has(peer.status))
      if (peers.length > 0 && failed.length === peers.length) {
        const reasons = [...new Set(failed.map((peer) => peer.error || peer.status))].join('; ')
        return { state: 'failed', reason: `every cluster peer failed to pin ${root}: ${reasons}` }
      }
      return {
        state: 'waiting',
        status: [...new Set(peers.map((peer) => peer.status))].join(', ') || 'unknown',
      }
    }
    const detail = await pollUntil(name, check, request, deps)
    return { provider: name, root, detail }
  }

  return { name, transfer: 'upload', pin }
}
