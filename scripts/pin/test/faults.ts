import type { ServerResponse } from 'node:http'

/** One failure a test service answers with instead of doing the work. */
export interface Fault {
  status: number
  /** Sent as the Retry-After header (seconds or an HTTP date). */
  retryAfter?: string
  body?: string
}

/**
 * Answers the request with the next planned fault, if any is left: test services take a list of faults
 * that they serve, in order, before behaving normally (a service that is busy, then recovers).
 *
 * @param plan Faults still to serve; the first one is removed when used.
 * @param response Where to send it.
 * @returns true when a fault was sent (the caller must stop).
 * @example
 * if (serveFault(faults, response)) return
 */
export function serveFault(plan: Fault[], response: ServerResponse): boolean {
  const fault = plan.shift()
  if (!fault) return false
  response.writeHead(fault.status, {
    'content-type': 'text/plain; charset=utf-8',
    // The upload may still be arriving: closing the connection ends it, as proxies do on early errors.
    connection: 'close',
    ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
  })
  response.end(fault.body ?? `planned failure ${fault.status}\n`)
  return true
}
