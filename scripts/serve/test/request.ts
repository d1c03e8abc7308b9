import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

/** A whole HTTP response, body buffered. */
export interface TestResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  text: string
}

/**
 * Sends one request with node:http, which (unlike fetch) sends the path exactly as given, lets a test
 * set the Host header, and never follows redirects. Refuses anything but loopback.
 *
 * @param base The server's base URL, e.g. `http://127.0.0.1:4321`.
 * @param path The raw request target, e.g. `/%2e%2e/secret` or `/ipfs/bafy…?format=car`.
 * @param options `method` and `headers` (e.g. `{ host: '<cid>.ipfs.localhost:4321' }`).
 * @returns The status, headers and body.
 * @example
 * const { status } = await request(server.url, '/docs')
 */
export function request(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<TestResponse> {
  const url = new URL(base)
  if (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]' && url.hostname !== 'localhost') {
    throw new Error(`Tests only talk to loopback, not ${url.hostname}.`)
  }
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', reject)
        incoming.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body,
            text: body.toString(),
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}
