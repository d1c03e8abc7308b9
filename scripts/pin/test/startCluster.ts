import type { IncomingMessage, ServerResponse } from 'node:http'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import { type RunningServer, startHttpServer } from '../../serve/startHttpServer.ts'
import { type Fault, serveFault } from './faults.ts'
import { importCar } from './importCar.ts'
import { readUploadedFile } from './readUploadedFile.ts'

/** A running stand-in for an IPFS Cluster REST API. */
export interface ClusterStandIn extends RunningServer {
  blockstore: MemoryBlockstore
  requests: string[]
}

const peers = ['12D3KooWAtlasPeerOne', '12D3KooWAtlasPeerTwo']

/**
 * Starts the two IPFS Cluster REST API routes the cluster provider uses, on 127.0.0.1, backed by a real
 * blockstore (ipfs-cluster api/rest, "REST API reference"):
 * - `POST /add?format=car`: multipart `file` CAR with exactly one root; every block hashed and stored;
 *   answers `[{"name":…,"cid":{"/":…},"size":…,"allocations":[…]}]` (stream-channels=false).
 * - `GET /pins/<cid>`: a GlobalPinInfo whose `peer_map` says `pinning` for the first `pinningChecks`
 *   calls, then `pinned` (or `pin_error` when `pinError` is set); 404 for a CID not in the pinset.
 *
 * @param options Basic `authorization` to require, faults to serve first, pinning behaviour.
 * @returns The server, its blockstore and request log.
 * @example
 * const cluster = await startCluster({ pinningChecks: 1 })
 */
export async function startCluster(
  options: { authorization?: string; faults?: Fault[]; pinningChecks?: number; pinError?: string } = {},
): Promise<ClusterStandIn> {
  const blockstore = new MemoryBlockstore()
  const pinset = new Map<string, { name: string; checks: number }>()
  const requests: string[] = []
  const faults = options.faults ?? []

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://cluster.invalid')
    requests.push(`${request.method} ${url.pathname}`)
    if (await serveFault(faults, request, response)) return
    if (options.authorization && request.headers.authorization !== options.authorization) {
      return sendJson(response, 401, { code: 401, message: 'Unauthorized' })
    }
    if (request.method === 'POST' && url.pathname === '/add') return add(request, response, url)
    const match = /^\/pins\/([^/]+)$/.exec(url.pathname)
    if (request.method === 'GET' && match?.[1]) return status(response, match[1])
    sendJson(response, 404, { code: 404, message: 'not found' })
  }

  async function add(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.searchParams.get('format') !== 'car') {
      return sendJson(response, 400, { code: 400, message: 'this stand-in only imports CARs (format=car)' })
    }
    const car = await readUploadedFile(request)
    if (!car) return sendJson(response, 400, { code: 400, message: 'no file in the request' })
    let roots: CID[]
    try {
      roots = await importCar(blockstore, car)
    } catch (error) {
      return sendJson(response, 500, { code: 500, message: (error as Error).message })
    }
    const [root] = roots
    if (!root || roots.length !== 1) {
      return sendJson(response, 500, { code: 500, message: 'CAR must have a single root' })
    }
    const name = url.searchParams.get('name') ?? ''
    pinset.set(root.toV1().toString(), { name, checks: 0 })
    sendJson(response, 200, [
      { name, cid: { '/': root.toString() }, size: car.byteLength, allocations: peers },
    ])
  }

  function status(response: ServerResponse, text: string) {
    let key: string
    try {
      key = CID.parse(text).toV1().toString()
    } catch {
      return sendJson(response, 400, { code: 400, message: 'error decoding Cid' })
    }
    const pin = pinset.get(key)
    if (!pin) return sendJson(response, 404, { code: 404, message: 'cid is not part of the global state' })
    pin.checks++
    const state =
      pin.checks <= (options.pinningChecks ?? 0) ? 'pinning' : options.pinError ? 'pin_error' : 'pinned'
    const peerMap = Object.fromEntries(
      peers.map((peer) => [
        peer,
        { peername: peer.slice(-7), status: state, error: state === 'pin_error' ? options.pinError : '' },
      ]),
    )
    sendJson(response, 200, { cid: { '/': text }, name: pin.name, peer_map: peerMap })
  }

  const server = await startHttpServer(handle, { host: '127.0.0.1', port: 0 })
  return { ...server, blockstore, requests }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    ...(status >= 400 ? { connection: 'close' } : {}),
  })
  response.end(JSON.stringify(body))
}
