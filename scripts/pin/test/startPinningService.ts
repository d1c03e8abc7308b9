import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { text } from 'node:stream/consumers'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import { fetchAndVerify } from '../../retrieve/fetchAndVerify.ts'
import { type RunningServer, startHttpServer } from '../../serve/startHttpServer.ts'
import { type Fault, serveFault } from './faults.ts'

type Status = 'queued' | 'pinning' | 'pinned' | 'failed'

interface PinStatus {
  requestid: string
  status: Status
  created: string
  pin: { cid: string; name?: string; origins?: string[] }
  delegates: string[]
  info: Record<string, string>
}

/** A running stand-in for an IPFS Pinning Service API endpoint. */
export interface PinningServiceStandIn extends RunningServer {
  blockstore: MemoryBlockstore
  requests: string[]
  /** Resolves when every background fetch started so far has ended. */
  settled: () => Promise<void>
}

// A delegate the service names for transfers; never dialled here (no libp2p in these tests).
const delegate = '/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWAtLasPinningServiceStandInPeerIdAAAAAAAAAAA'
// Origins this stand-in can fetch from: HTTP trustless gateways, as multiaddrs ending in /http.
const httpOrigin = /^\/(?:ip4|dns4|dns)\/([^/]+)\/tcp\/(\d+)\/http$/

/**
 * Starts an IPFS Pinning Service API endpoint (ipfs/pinning-services-api-spec v1.0.0) on 127.0.0.1 with
 * the two routes the pinning-service provider uses, backed by a real blockstore:
 * - every request needs `Authorization: Bearer <token>` ("Authorization"), else 401 with a Failure body
 *   `{"error":{"reason":"UNAUTHORIZED","details":…}}`;
 * - `POST /pins` takes a Pin `{cid, name?, origins?}` and answers 202 with a PinStatus `queued`; the
 *   service then fetches the DAG ("The pin lifecycle": queued → pinning → pinned | failed). Real services
 *   fetch over libp2p; this one fetches from origins that are HTTP trustless gateways
 *   (`/ip4/<ip>/tcp/<port>/http`), verifying every block, and fails when none serves the whole DAG;
 * - `GET /pins/{requestid}` answers the current PinStatus, 404 `NOT_FOUND` for an unknown id.
 *
 * @param options The `token` to require and faults to serve first.
 * @returns The server, its blockstore, request log and `settled()`.
 * @example
 * const service = await startPinningService({ token: 'fake-token' })
 */
export async function startPinningService(options: {
  token: string
  faults?: Fault[]
}): Promise<PinningServiceStandIn> {
  const blockstore = new MemoryBlockstore()
  const statuses = new Map<string, PinStatus>()
  const requests: string[] = []
  const faults = options.faults ?? []
  const work: Promise<void>[] = []

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://psa.invalid')
    requests.push(`${request.method} ${url.pathname}`)
    const body = await text(request)
    if (await serveFault(faults, request, response)) return
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return failure(response, 401, 'UNAUTHORIZED', 'Access token is missing or invalid')
    }
    if (request.method === 'POST' && url.pathname === '/pins') return create(response, body)
    const match = /^\/pins\/([^/]+)$/.exec(url.pathname)
    if (request.method === 'GET' && match?.[1]) {
      const status = statuses.get(decodeURIComponent(match[1]))
      if (!status) return failure(response, 404, 'NOT_FOUND', 'The specified resource was not found')
      return sendJson(response, 200, status)
    }
    failure(response, 404, 'NOT_FOUND', 'The specified resource was not found')
  }

  function create(response: ServerResponse, body: string) {
    let pin: PinStatus['pin']
    let cid: CID
    try {
      pin = JSON.parse(body)
      cid = CID.parse(pin.cid)
    } catch {
      return failure(response, 400, 'BAD_REQUEST', 'The body must be a Pin with a valid cid')
    }
    const status: PinStatus = {
      requestid: randomUUID(),
      status: 'queued',
      created: new Date().toISOString(),
      pin,
      delegates: [delegate],
      info: {},
    }
    statuses.set(status.requestid, status)
    sendJson(response, 202, status)
    work.push(fetchFromOrigins(status, cid))
  }

  async function fetchFromOrigins(status: PinStatus, cid: CID): Promise<void> {
    status.status = 'pinning'
    const problems: string[] = []
    for (const origin of status.pin.origins ?? []) {
      const match = httpOrigin.exec(origin)
      if (!match) {
        problems.push(`${origin}: not an HTTP origin`)
        continue
      }
      try {
        const gateway = new URL(`http://${match[1]}:${match[2]}`)
        await fetchAndVerify({ gateway, cid, blockstore }, { policy: { retries: 0 } })
        status.status = 'pinned'
        return
      } catch (error) {
        problems.push(`${origin}: ${(error as Error).message.split('\n')[0]}`)
      }
    }
    status.status = 'failed'
    status.info = { status_details: problems.join('; ') || 'no origin given and no network to search' }
  }

  const server = await startHttpServer(handle, { host: '127.0.0.1', port: 0 })
  return {
    ...server,
    blockstore,
    requests,
    settled: async () => void (await Promise.all(work)),
  }
}

function failure(response: ServerResponse, status: number, reason: string, details: string): void {
  sendJson(response, status, { error: { reason, details } })
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}
