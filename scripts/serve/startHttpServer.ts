import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown when the server cannot listen, e.g. the port is taken. */
export class ListenFailedError extends BaseError {
  override name = 'ListenFailedError'
  /** The system error code, e.g. `EADDRINUSE`, so callers can tell a taken port from other failures. */
  readonly code: string | undefined
  constructor({ host, port, cause }: { host: string; port: number; cause: unknown }) {
    const code = (cause as NodeJS.ErrnoException).code
    super(`Cannot listen on ${host}:${port}${code ? ` (${code})` : ''}.`, {
      cause,
      metaMessages:
        code === 'EADDRINUSE'
          ? ['Another process uses that port: stop it, or set PORT to a free port (0 picks one).']
          : ['Check HOST and PORT.'],
    })
    this.code = code
  }
}

/** A running HTTP server. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4321`. */
  url: string
  /** The port actually bound (useful after asking for port 0). */
  port: number
  /** Stops accepting connections, drops idle keep-alive ones, and resolves once closed. */
  close(): Promise<void>
}

/** Handles one request; a rejection becomes a 500 (or a dropped connection once headers are out). */
export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>

/**
 * Starts a Node HTTP server around a request handler and waits until it listens.
 *
 * @param handler Serves each request.
 * @param options `host` and `port` to bind; port 0 picks a free port.
 * @returns The URL, the bound port and `close()`.
 * @throws {ListenFailedError} when the address cannot be bound.
 * @example
 * const server = await startHttpServer(async (_req, res) => { res.end('ok') }, { host: '127.0.0.1', port: 0 })
 */
export async function startHttpServer(
  handler: RequestHandler,
  options: { host: string; port: number },
): Promise<RunningServer> {
  const { host, port } = options
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined)
        return
      }
      response.writeHead(500, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      })
      response.end(`500 Internal Server Error: ${error instanceof Error ? error.message : String(error)}\n`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) => reject(new ListenFailedError({ host, port, cause })))
    server.listen(port, host, () => resolve())
  })
  const bound = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would otherwise hold close() open for seconds.
        server.closeIdleConnections()
      }),
  }
}
