import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

interface JsonRpcRequest {
  jsonrpc: '2.0'
  id: number | string
  method: string
  params?: unknown[]
}

/** What the proxy answers instead of the node: a JSON-RPC error or a result; undefined forwards the request. */
export type Intercept = (
  request: JsonRpcRequest,
) => { error: { code: number; message: string } } | { result: unknown } | undefined

/**
 * A JSON-RPC proxy on 127.0.0.1 in front of a real node, answering some requests itself, to act out a node
 * that lacks a feature (e.g. the `finalized` block tag). Handles batches.
 */
export async function startRpcProxy(
  target: string,
  intercept: Intercept,
): Promise<{ url: string; close(): Promise<void> }> {
  const forward = async (request: JsonRpcRequest) => {
    const answer = intercept(request)
    if (answer) return { jsonrpc: '2.0', id: request.id, ...answer }
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
    return (await response.json()) as unknown
  }
  const server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const payload = JSON.parse(body) as JsonRpcRequest | JsonRpcRequest[]
    const reply = Array.isArray(payload) ? await Promise.all(payload.map(forward)) : await forward(payload)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
