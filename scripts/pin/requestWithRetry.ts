import { BaseError } from '../../indexer/errors/BaseError.ts'
import { parseRetryAfter } from './parseRetryAfter.ts'
import { authorizationSecrets, redact, redactUrl } from './redact.ts'
import { type RetryDeps, type RetryNotice, TransientError, withRetry } from './withRetry.ts'

/** Thrown when a service answers with an error that another try would not fix (401, 404, a command error). */
export class ServiceRequestError extends BaseError {
  override name = 'ServiceRequestError'
  readonly service: string
  readonly status: number
  constructor({
    service,
    what,
    status,
    body,
  }: { service: string; what: string; status: number; body: string }) {
    super(`${service}: HTTP ${status} from ${what}${body ? `: ${body}` : ''}`, {
      metaMessages: [
        status === 401 || status === 403
          ? `Check the credentials configured for ${service}.`
          : `Check the URL configured for ${service} and that the service supports this request.`,
      ],
    })
    this.service = service
    this.status = status
  }
}

/** What every HTTP edge of these scripts takes: the transport, a per-request timeout, retry settings. */
export interface HttpDeps extends RetryDeps {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch
  /** Per attempt, including sending the body; defaults to 10 minutes (a big CAR over a slow link). */
  timeoutMs?: number
  /** Current time for Retry-After dates; defaults to Date.now. */
  now?: () => number
}

/** One HTTP request to a named service. */
export interface ServiceRequest {
  /** Named in every message, e.g. `kubo`. */
  service: string
  method: 'GET' | 'POST'
  url: URL
  headers?: Record<string, string>
  /** Builds the body afresh for each attempt (a stream cannot be sent twice). */
  body?: () => BodyInit
  signal?: AbortSignal
  /** Marks a 5xx answer as final (Kubo answers every command error with 500). */
  isPermanent?: (status: number, body: string) => boolean
  onRetry?: (notice: RetryNotice) => void
}

// 408 and 429 ask to come back later; 5xx are server trouble that often passes.
const transientStatus = (status: number) => status === 408 || status === 429 || status >= 500

/**
 * Sends an HTTP request, retrying timeouts, dropped connections, 408, 429 and 5xx with backoff and jitter
 * (honouring Retry-After and the signal), and turning other failures into errors that name the service.
 * Authorization header values never appear in an error, even when a service echoes them.
 *
 * @param request What to send and to whom.
 * @param deps fetch, timeout and retry settings.
 * @returns The first 2xx response (its body unread).
 * @throws {ServiceRequestError} for a non-transient error status.
 * @throws {RetriesExhaustedError} when transient failures outlast the retry policy.
 * @example
 * const response = await requestWithRetry({ service: 'kubo', method: 'POST', url }, {})
 */
export async function requestWithRetry(request: ServiceRequest, deps: HttpDeps = {}): Promise<Response> {
  const { service, method, url, headers = {}, signal } = request
  const doFetch = deps.fetch ?? globalThis.fetch
  const timeoutMs = deps.timeoutMs ?? 600_000
  const now = deps.now ?? Date.now
  const what = `${method} ${redactUrl(url)}`
  const secrets = Object.entries(headers)
    .filter(([name]) => name.toLowerCase() === 'authorization')
    .flatMap(([, value]) => authorizationSecrets(value))
  const clean = (text: string) => redact(text, secrets).slice(0, 300)

  return withRetry(
    async () => {
      const timeout = AbortSignal.timeout(timeoutMs)
      // Ends this attempt's upload once the server has answered with an error (it will not read the rest).
      const attempt = new AbortController()
      const attemptSignal = AbortSignal.any([timeout, attempt.signal, ...(signal ? [signal] : [])])
      let response: Response
      try {
        const body = request.body?.()
        response = await doFetch(url, {
          method,
          headers,
          body,
          signal: attemptSignal,
          // Node's fetch needs this to send a stream body.
          ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        } as RequestInit)
      } catch (error) {
        signal?.throwIfAborted()
        if (timeout.aborted)
          throw new TransientError({
            message: `${service}: no answer to ${what} within ${timeoutMs / 1000} s`,
          })
        const cause = (error as Error).cause as NodeJS.ErrnoException | undefined
        throw new TransientError({
          message: `${service}: ${what} failed (${clean(cause?.code ?? cause?.message ?? (error as Error).message)})`,
          cause: error,
        })
      }
      if (response.ok) return response
      const text = clean((await response.text().catch(() => '')).trim())
      attempt.abort()
      if (transientStatus(response.status) && !request.isPermanent?.(response.status, text)) {
        throw new TransientError({
          message: `${service}: HTTP ${response.status} from ${what}${text ? `: ${text}` : ''}`,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()),
        })
      }
      throw new ServiceRequestError({ service, what, status: response.status, body: text })
    },
    { ...deps, signal, onRetry: request.onRetry },
  )
}
