import type { IncomingMessage, ServerResponse } from 'node:http'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import { walkDag } from '../../ipfs/walkDag.ts'
import { type RunningServer, startHttpServer } from '../../serve/startHttpServer.ts'
import { type Fault, serveFault } from './faults.ts'
import { importCar } from './importCar.ts'
import { readUploadedFile } from './readUploadedFile.ts'

/** A running stand-in for a Kubo node's RPC API and what it has stored. */
export interface KuboRpcStandIn extends RunningServer {
  blockstore: MemoryBlockstore
  /** Recursively pinned roots, as CIDv1 text. */
  pins: Set<string>
  /** `METHOD path` of every request received, faults included. */
  requests: string[]
}

/**
 * Starts the two Kubo RPC commands the kubo provider uses, on 127.0.0.1, backed by a real blockstore
 * (Kubo RPC reference, docs.ipfs.tech/reference/kubo/rpc):
 * - `POST /api/v0/dag/import?pin-roots=true`: multipart `file` CAR; every block is hashed and stored, then
 *   each root is pinned if its whole DAG is present; one `{"Root":{"Cid":{"/":…},"PinErrorMsg":…}}` line
 *   per root.
 * - `POST /api/v0/pin/ls?arg=<cid>&type=recursive`: `{"Keys":{"<cid>":{"Type":"recursive"}}}`, or Kubo's
 *   500 command error `{"Message":"path '<cid>' is not pinned","Code":0,"Type":"error"}`.
 * Every RPC call must be a POST ("RPC commands … must be sent with HTTP POST"); anything else is 405.
 *
 * @param options `authorization` the header value to require; `faults` to serve first.
 * @returns The server, its blockstore, pins and request log.
 * @example
 * const kubo = await startKuboRpc({ faults: [{ status: 503, retryAfter: '1' }] })
 */
export async function startKuboRpc(
  options: { authorization?: string; faults?: Fault[] } = {},
): Promise<KuboRpcStandIn> {
  const blockstore = new MemoryBlockstore()
  const pins = new Set<string>()
  const requests: string[] = []
  const faults = options.faults ?? []

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://kubo.invalid')
    requests.push(`${request.method} ${url.pathname}`)
    if (await serveFault(faults, request, response)) return
    if (options.authorization && request.headers.authorization !== options.authorization) {
      return sendJson(response, 401, { Message: 'unauthorized', Code: 0, Type: 'error' })
    }
    if (request.method !== 'POST') {
      return sendJson(response, 405, { Message: `${request.method} not allowed`, Code: 0, Type: 'error' })
    }
    if (url.pathname === '/api/v0/dag/import') return dagImport(request, response, url)
    if (url.pathname === '/api/v0/pin/ls') return pinLs(response, url)
    return sendJson(response, 404, { Message: `unknown command ${url.pathname}`, Code: 0, Type: 'error' })
  }

  async function dagImport(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const car = await readUploadedFile(request)
    if (!car) return commandError(response, 'file argument "path" is required')
    let roots: CID[]
    try {
      roots = await importCar(blockstore, car)
    } catch (error) {
      return commandError(response, (error as Error).message)
    }
    const lines: string[] = []
    for (const root of roots) {
      let pinError = ''
      if (url.searchParams.get('pin-roots') !== 'false') {
        try {
          for await (const _ of walkDag(blockstore, root)) {
            // Walking the whole DAG proves it complete, as Kubo's recursive pin does.
          }
          pins.add(root.toV1().toString())
        } catch (error) {
          pinError = `block was not found locally (offline): ${(error as Error).message.split('\n')[0]}`
        }
      }
      lines.push(JSON.stringify({ Root: { Cid: { '/': root.toString() }, PinErrorMsg: pinError } }))
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(`${lines.join('\n')}\n`)
  }

  function pinLs(response: ServerResponse, url: URL) {
    const arg = url.searchParams.get('arg') ?? ''
    let key: string
    try {
      key = CID.parse(arg).toV1().toString()
    } catch {
      return commandError(response, `invalid path "${arg}"`)
    }
    if (!pins.has(key)) return commandError(response, `path '${arg}' is not pinned`)
    sendJson(response, 200, { Keys: { [arg]: { Type: 'recursive' } } })
  }

  const server = await startHttpServer(handle, { host: '127.0.0.1', port: 0 })
  return { ...server, blockstore, pins, requests }
}

function commandError(response: ServerResponse, message: string): void {
  sendJson(response, 500, { Message: message, Code: 0, Type: 'error' })
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  // An error may come before the upload is read; closing the connection ends it, as Kubo's server does.
  response.writeHead(status, {
    'content-type': 'application/json',
    ...(status >= 400 ? { connection: 'close' } : {}),
  })
  response.end(`${JSON.stringify(body)}\n`)
}
