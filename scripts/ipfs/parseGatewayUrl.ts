import { base32 } from 'multiformats/bases/base32'
import { base36 } from 'multiformats/bases/base36'
import { CID } from 'multiformats/cid'
import { decodePathSegments } from '../serve/decodePathSegments.ts'

/** What a gateway request asks for. */
export type GatewayTarget =
  | {
      kind: 'content'
      /** The content root named by the URL. */
      root: CID
      /** Decoded path inside the DAG. */
      segments: string[]
      /** Whether the URL path ends with `/` (folders must, so relative links resolve). */
      trailingSlash: boolean
      /** URL path of the root: `/ipfs/<cid>` in path mode, `` in subdomain mode. */
      base: string
      mode: 'path' | 'subdomain'
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'error'; status: 400 | 404; message: string }

const subdomainHost = /^([^.]+)\.(ipfs|ipns)\.localhost(:\d+)?$/

/**
 * Reads which content a gateway request names, in path mode (`/ipfs/<cid>/<path>`) or subdomain mode
 * (`Host: <cidv1-base32>.ipfs.localhost:<port>`, the URL path being the path inside the DAG).
 *
 * @param request `host` (the Host header) and `path` (the raw URL path, no query).
 * @returns The root and path to serve, a redirect to the canonical subdomain, or an error to send.
 * @example
 * parseGatewayUrl({ host: '127.0.0.1:8080', path: '/ipfs/bafy…/docs/' })
 * // { kind: 'content', root: CID(bafy…), segments: ['docs'], trailingSlash: true, base: '/ipfs/bafy…', mode: 'path' }
 */
export function parseGatewayUrl(request: { host: string; path: string }): GatewayTarget {
  const { path } = request
  const segments = decodePathSegments(path)
  if (!segments) return { kind: 'error', status: 400, message: `The path ${path} is not allowed.` }
  const trailingSlash = path.endsWith('/')
  const host = request.host.toLowerCase()
  const subdomain = subdomainHost.exec(host)

  if (subdomain) {
    const [, label = '', namespace, port = ''] = subdomain
    if (namespace === 'ipns')
      return { kind: 'error', status: 404, message: 'This gateway serves /ipfs/ content only.' }
    const root = parseCid(label)
    if (!root) {
      return {
        kind: 'error',
        status: 400,
        message: `"${label}" is not a CID. Subdomains need a CIDv1 in base32 (bafy…); CIDv0 (Qm…) cannot survive lower-casing.`,
      }
    }
    const canonical = root.toV1().toString(base32)
    // Browsers lower-case host names, so only base32 CIDv1 is safe there; other forms move to it.
    if (label !== canonical)
      return { kind: 'redirect', location: `http://${canonical}.ipfs.localhost${port}${path}` }
    return { kind: 'content', root, segments, trailingSlash, base: '', mode: 'subdomain' }
  }

  const [namespace, cidText, ...rest] = segments
  if (namespace !== 'ipfs' || !cidText) {
    return { kind: 'error', status: 404, message: 'Not Found: ask for /ipfs/<cid>/<path>.' }
  }
  const root = parseCid(cidText)
  if (!root) return { kind: 'error', status: 400, message: `"${cidText}" is not a valid CID.` }
  return { kind: 'content', root, segments: rest, trailingSlash, base: `/ipfs/${cidText}`, mode: 'path' }
}

function parseCid(text: string): CID | undefined {
  try {
    // CID.parse reads base32 and base58btc by itself; base36 (k…) is what long CIDs use in subdomains.
    return text.startsWith('k') ? CID.parse(text, base36) : CID.parse(text)
  } catch {
    return undefined
  }
}
