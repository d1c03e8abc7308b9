import { BaseError } from '../../indexer/errors/BaseError.ts'
import { createClusterProvider } from './createClusterProvider.ts'
import { createKuboRpcProvider } from './createKuboRpcProvider.ts'
import { createPinningServiceProvider } from './createPinningServiceProvider.ts'
import { createW3upProvider, type W3upDeps } from './createW3upProvider.ts'
import type { PinProvider } from './PinProvider.ts'
import { parseAuthorization } from './parseAuthorization.ts'
import { parseW3upCredentials } from './parseW3upCredentials.ts'
import type { PollDeps } from './pollUntil.ts'
import type { HttpDeps } from './requestWithRetry.ts'

/** The environment, as `process.env`. Empty values count as unset (CI sets missing secrets to ''). */
export type Env = Readonly<Record<string, string | undefined>>

/** One problem with one variable. */
export interface PinConfigProblem {
  variable: string
  problem: string
}

/** Thrown when pinning variables are missing or malformed; lists every problem, never a value. */
export class PinConfigError extends BaseError {
  override name = 'PinConfigError'
  readonly problems: PinConfigProblem[]
  constructor({ problems }: { problems: PinConfigProblem[] }) {
    super(`The pinning configuration has ${problems.length} problem(s):`, {
      details: problems.map(({ variable, problem }) => `  ${variable}  ${problem}`).join('\n'),
      metaMessages: ['docs/pinning.md describes every variable, with examples.'],
    })
    this.problems = problems
  }
}

/** What the environment enables. */
export interface PinSetup {
  /** The enabled providers, in the order kubo, cluster, pinning-service, w3up. */
  providers: PinProvider[]
  /** Every secret value found, to redact from anything printed. */
  secrets: string[]
}

// The hosts of Storacha's hosted w3up service (web3.storage before the rename), closed to uploads.
const hostedW3up = new Set(['up.storacha.network', 'up.web3.storage'])

/**
 * Builds the enabled pinning providers from environment variables (each provider is optional and is
 * enabled by its URL variable), checking every variable first and reporting all problems at once.
 *
 * Variables (docs/pinning.md has examples):
 * - `PIN_RETRIES` retries per request (0–10, default 4); `PIN_TIMEOUT_SECONDS` per request and for a
 *   service to finish pinning (default 600).
 * - `KUBO_RPC_URL` (+ `KUBO_RPC_AUTH`: `user:password`, `Basic …` or `Bearer …`): Kubo RPC `dag/import`.
 * - `IPFS_CLUSTER_URL` (+ `IPFS_CLUSTER_AUTH`, same forms): Cluster REST API `/add?format=car`.
 * - `PINNING_SERVICE_URL` + `PINNING_SERVICE_TOKEN` (+ `PINNING_SERVICE_ORIGINS`, multiaddrs separated by
 *   commas or spaces): IPFS Pinning Service API.
 * - `W3UP_SERVICE_URL` + `W3UP_SERVICE_DID` + `W3UP_PRINCIPAL` + `W3UP_PROOF` (+ `W3UP_RECEIPTS_URL`,
 *   default `<W3UP_SERVICE_URL>/receipt/`): a self-hosted w3up service; off unless set, since Storacha's
 *   hosted service stopped accepting uploads on 2026-04-15.
 *
 * @param env The environment, e.g. `process.env`.
 * @param deps HTTP/poll settings for the HTTP providers and W3upDeps for w3up (tests); env settings win.
 * @returns The providers and the secrets to redact.
 * @throws {PinConfigError} listing every missing or malformed variable.
 * @example
 * const { providers, secrets } = await providersFromEnv(process.env)
 */
export async function providersFromEnv(
  env: Env,
  deps: { http?: HttpDeps & PollDeps; w3up?: W3upDeps } = {},
): Promise<PinSetup> {
  const problems: PinConfigProblem[] = []
  const secrets: string[] = []
  const providers: PinProvider[] = []
  const read = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined)
  const problem = (variable: string, text: string) => problems.push({ variable, problem: text })

  const retries = integer('PIN_RETRIES', 0, 10)
  const timeoutSeconds = integer('PIN_TIMEOUT_SECONDS', 1, 86_400)
  const http: HttpDeps & PollDeps = {
    ...deps.http,
    ...(retries === undefined ? {} : { policy: { ...deps.http?.policy, retries } }),
    ...(timeoutSeconds === undefined
      ? {}
      : { timeoutMs: timeoutSeconds * 1000, waitMs: timeoutSeconds * 1000 }),
  }

  const kubo = serviceUrl('KUBO_RPC_URL', 'KUBO_RPC_AUTH', true)
  if (kubo) providers.push(createKuboRpcProvider(kubo, http))
  const cluster = serviceUrl('IPFS_CLUSTER_URL', 'IPFS_CLUSTER_AUTH', true)
  if (cluster) providers.push(createClusterProvider(cluster, http))

  const pinningUrl = serviceUrl('PINNING_SERVICE_URL', undefined, false)
  const token = read('PINNING_SERVICE_TOKEN')
  if (token) secrets.push(token)
  const origins = (read('PINNING_SERVICE_ORIGINS') ?? '').split(/[\s,]+/).filter(Boolean)
  for (const origin of origins) {
    if (!/^(\/[^/\s]+){2,}$/.test(origin))
      problem(
        'PINNING_SERVICE_ORIGINS',
        `"${origin}" is not a multiaddr (e.g. /dns4/ipfs.example.org/tcp/4001/p2p/12D3KooW…)`,
      )
  }
  if (pinningUrl && !token)
    problem('PINNING_SERVICE_TOKEN', 'is missing: PINNING_SERVICE_URL needs the service’s access token')
  if (!read('PINNING_SERVICE_URL') && (token || origins.length))
    problem('PINNING_SERVICE_URL', 'is missing: PINNING_SERVICE_TOKEN/ORIGINS are set but not the endpoint')
  if (pinningUrl && token)
    providers.push(createPinningServiceProvider({ url: pinningUrl.url, token, origins }, http))

  const w3up = await w3upProvider()
  if (w3up) providers.push(w3up)

  if (problems.length > 0) throw new PinConfigError({ problems })
  return { providers, secrets: [...new Set(secrets)] }

  function integer(name: string, min: number, max: number): number | undefined {
    const value = read(name)
    if (value === undefined) return undefined
    const number = Number(value)
    if (Number.isInteger(number) && number >= min && number <= max) return number
    problem(name, `must be a whole number from ${min} to ${max}, not "${value}"`)
    return undefined
  }

  /** Reads a URL variable; `user:password@` becomes Basic auth where `allowUserinfo`, else a problem. */
  function serviceUrl(name: string, authName: string | undefined, allowUserinfo: boolean) {
    const value = read(name)
    const auth = authName ? read(authName) : undefined
    if (auth) secrets.push(auth)
    if (value === undefined) {
      if (auth && authName) problem(name, `is missing: ${authName} is set but not the URL it is for`)
      return undefined
    }
    let url: URL
    try {
      url = new URL(value)
    } catch {
      problem(name, 'is not a URL (e.g. https://host.example:5001)')
      return undefined
    }
    for (const queryValue of url.searchParams.values()) secrets.push(queryValue)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      problem(name, `must be an http(s) URL, not ${url.protocol}`)
      return undefined
    }
    let authorization: string | undefined
    if (url.username || url.password) {
      const userinfo = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
      secrets.push(userinfo, decodeURIComponent(url.password), decodeURIComponent(url.username))
      url.username = ''
      url.password = ''
      if (!allowUserinfo) problem(name, 'must not hold credentials (user:password@); use the token variable')
      else if (auth) problem(name, `holds credentials and ${authName} is set too; keep one`)
      else authorization = parseAuthorization(userinfo)?.header
    }
    if (auth && authName) {
      const parsed = parseAuthorization(auth)
      if (parsed) {
        secrets.push(...parsed.secrets)
        authorization = parsed.header
      } else problem(authName, 'must be `user:password`, `Basic <base64>` or `Bearer <token>`')
    }
    return { url, ...(authorization ? { authorization } : {}) }
  }

  async function w3upProvider(): Promise<PinProvider | undefined> {
    const names = ['W3UP_SERVICE_URL', 'W3UP_SERVICE_DID', 'W3UP_PRINCIPAL', 'W3UP_PROOF'] as const
    const [url, did, principal, proof] = names.map(read)
    if (principal) secrets.push(principal)
    if (proof) secrets.push(proof)
    if (![url, did, principal, proof, read('W3UP_RECEIPTS_URL')].some(Boolean)) return undefined
    names.forEach((name, index) => {
      if (![url, did, principal, proof][index])
        problem(name, 'is missing: the w3up provider needs all four W3UP_* variables')
    })
    const service = serviceUrl('W3UP_SERVICE_URL', undefined, false)
    if (service && hostedW3up.has(service.url.hostname)) {
      problem(
        'W3UP_SERVICE_URL',
        `points at Storacha’s hosted service, which stopped accepting uploads on 2026-04-15; use a self-hosted w3up service or unset W3UP_*`,
      )
    }
    if (did && !/^did:[a-z0-9]+:\S+$/.test(did))
      problem('W3UP_SERVICE_DID', `is not a DID (e.g. did:web:up.example.org)`)
    const receipts = read('W3UP_RECEIPTS_URL') ? serviceUrl('W3UP_RECEIPTS_URL', undefined, false) : undefined
    const credentials = principal && proof ? await parseW3upCredentials(principal, proof) : undefined
    if (credentials && 'problems' in credentials) problems.push(...credentials.problems)
    if (!service || !did || !credentials || !('ok' in credentials) || problems.length > 0) return undefined
    return createW3upProvider(
      {
        credentials: credentials.ok,
        serviceDid: did as `did:${string}:${string}`,
        serviceUrl: service.url,
        receiptsUrl: receipts?.url ?? new URL('receipt/', `${service.url.href.replace(/\/+$/, '')}/`),
      },
      { ...(retries === undefined ? {} : { retries }), ...deps.w3up },
    )
  }
}
