import { z } from 'zod'
import { carSource } from './carSource.ts'
import { endpointUrl } from './endpointUrl.ts'
import { multipartCarBody } from './multipartCarBody.ts'
import type { PinProvider, PinRequest, PinResult } from './PinProvider.ts'
import { PinProviderError } from './PinProviderError.ts'
import { type HttpDeps, requestWithRetry } from './requestWithRetry.ts'
import { retryReporter } from './retryReporter.ts'
import { sameCid } from './sameCid.ts'

/** Where a Kubo node's RPC API is and how to authenticate. */
export interface KuboRpcOptions {
  /** The RPC API's base, e.g. `http://127.0.0.1:5001` (without `/api/v0`), without user info. */
  url: URL
  /** The `Authorization` header value, e.g. `Basic …` or `Bearer …`. */
  authorization?: string
  /** Shown in progress and errors; defaults to `kubo`. */
  name?: string
}

// Kubo's `dag import` prints one JSON object per line (kubo core/commands/dag/dag.go, CarImportOutput).
const importLine = z.object({
  Root: z.object({ Cid: z.object({ '/': z.string() }), PinErrorMsg: z.string().optional().default('') }),
})
// `pin ls --arg <cid> --type recursive` (kubo core/commands/pin/pin.go, PinLsOutputWrapper).
const pinLsOutput = z.object({ Keys: z.record(z.string(), z.object({ Type: z.string() })) })
// Kubo reports a failed command as HTTP 500 with this body (kubo's cmds ErrorResponse), which no retry fixes.
const commandError = z.object({ Message: z.string(), Type: z.literal('error') })

function isCommandError(status: number, body: string): boolean {
  return status === 500 && commandError.safeParse(parseJson(body)).success
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * A provider that imports the CAR into a Kubo node (`POST /api/v0/dag/import?pin-roots=true`, the CAR as
 * the multipart `file`) and then checks `POST /api/v0/pin/ls?arg=<root>&type=recursive` (Kubo's RPC takes
 * POST only). Also fits any service that speaks Kubo's RPC for these two commands (e.g. Filebase's).
 *
 * @param options The RPC URL, authorization and name.
 * @param deps fetch, timeout and retry settings.
 * @returns The provider.
 * @example
 * const kubo = createKuboRpcProvider({ url: new URL('http://127.0.0.1:5001') })
 * await kubo.pin({ car: 'dist.car', root })
 */
export function createKuboRpcProvider(options: KuboRpcOptions, deps: HttpDeps = {}): PinProvider {
  const name = options.name ?? 'kubo'
  const headers: Record<string, string> = options.authorization
    ? { authorization: options.authorization }
    : {}

  async function pin(request: PinRequest): Promise<PinResult> {
    const { root, signal, onProgress } = request
    const onRetry = retryReporter(name, onProgress)
    const car = await carSource(request.car)
    const body = multipartCarBody(car, (loaded, total) =>
      onProgress?.({ provider: name, phase: 'upload', loaded, total }),
    )
    const imported = await requestWithRetry(
      {
        service: name,
        method: 'POST',
        url: endpointUrl(options.url, 'api/v0/dag/import', { 'pin-roots': 'true' }),
        headers: { ...headers, 'content-type': body.contentType, 'content-length': String(body.length) },
        body: body.stream,
        signal,
        isPermanent: isCommandError,
        onRetry,
      },
      deps,
    )
    const lines = (await imported.text()).split('\n').filter((line) => line.trim())
    const roots = lines.flatMap((line) => {
      const parsed = importLine.safeParse(parseJson(line))
      return parsed.success ? [parsed.data.Root] : []
    })
    const ours = roots.find((entry) => sameCid(entry.Cid['/'], root))
    if (!ours) {
      throw new PinProviderError({
        provider: name,
        problem: `dag/import did not report the root ${root} (it reported: ${roots.map((entry) => entry.Cid['/']).join(', ') || 'nothing'}).`,
        hint: 'The CAR given is not the one for this root: rebuild it with `npm run car`.',
      })
    }
    if (ours.PinErrorMsg) {
      throw new PinProviderError({
        provider: name,
        problem: `dag/import could not pin ${root}: ${ours.PinErrorMsg}`,
        hint: 'The CAR is probably incomplete: rebuild it with `npm run car`.',
      })
    }

    const listed = await requestWithRetry(
      {
        service: name,
        method: 'POST',
        url: endpointUrl(options.url, 'api/v0/pin/ls', { arg: root.toString(), type: 'recursive' }),
        headers,
        signal,
        isPermanent: isCommandError,
        onRetry,
      },
      deps,
    )
    const keys = pinLsOutput.safeParse(await listed.json())
    const pinned = keys.success && Object.keys(keys.data.Keys).some((key) => sameCid(key, root))
    if (!pinned) {
      throw new PinProviderError({
        provider: name,
        problem: `pin/ls does not list ${root} as pinned after the import.`,
        hint: 'Check the node’s pinning settings and its logs.',
      })
    }
    return { provider: name, root, detail: `imported ${car.size} bytes, pinned recursively` }
  }

  return { name, transfer: 'upload', pin }
}
