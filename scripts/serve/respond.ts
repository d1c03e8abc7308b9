import type { ServerResponse } from 'node:http'

/** Headers every response of our servers carries: browsers must not guess content types. */
export const nosniff = { 'x-content-type-options': 'nosniff' } as const

/** Sends a permanent redirect (folders to their trailing-slash form, as static hosts and gateways do). */
export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location, ...nosniff })
  response.end()
}

/** Sends a short plain-text answer, e.g. an error for a client that does not accept HTML. */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...nosniff, ...headers })
  response.end(`${text}\n`)
}
