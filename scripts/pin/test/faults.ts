import type { IncomingMessage, ServerResponse } from 'node:http'

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
 * @param request The request, read to its end first: answering while an upload is still arriving makes
 *   the client's write fail (EPIPE) before it can read the status, a race that made tests flaky.
 * @param response Where to send it.
 * @returns true when a fault was sent (the caller must stop).
 * @example
 * if (await serveFault(faults, request, response)) return
 */
export async function serveFault(
  plan: Fault[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const fault = plan.shift()
  if (!fault) return false
  for await (const _ of request) {
    // Drained: the whole upload arrived, as a real service reads it before answering.
  }
  response.writeHead(fault.status, {
    'content-type': 'text/plain; charset=utf-8',
    ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
  })
  response.end(fault.body ?? `planned failure ${fault.status}\n`)
  return true
}
