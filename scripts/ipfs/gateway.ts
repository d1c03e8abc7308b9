import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { type UnixFS, unixfs } from '@helia/unixfs'
import type { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { contentType } from '../serve/contentType.ts'
import { encodePathSegments, splitRequestTarget } from '../serve/decodePathSegments.ts'
import { nosniff, redirect, sendText } from '../serve/respond.ts'
import { type RunningServer, startHttpServer } from '../serve/startHttpServer.ts'
import type { BlockstoreLike } from './BlockstoreLike.ts'
import { exportCar } from './exportCar.ts'
import { type GatewayTarget, parseGatewayUrl } from './parseGatewayUrl.ts'
import { readBlock } from './readBlock.ts'
import { type ListingEntry, renderDirectoryListing } from './renderDirectoryListing.ts'

/** Options for {@link startGateway}. */
export interface GatewayOptions {
  /** The local blockstore to serve; the gateway never asks the network for a block. */
  blockstore: BlockstoreLike
  /** Interface to bind; defaults to `127.0.0.1`. */
  host?: string
  /** Port to bind; defaults to 0 (a free port). */
  port?: number
}

type ContentTarget = Extract<GatewayTarget, { kind: 'content' }>

interface Context {
  blockstore: BlockstoreLike
  fs: UnixFS
  request: IncomingMessage
  response: ServerResponse
  target: ContentTarget
  query: URLSearchParams
  signal: AbortSignal
}

const carContentType = 'application/vnd.ipld.car'
const rawContentType = 'application/vnd.ipld.raw'
const immutable = 'public, max-age=29030400, immutable'

/**
 * Starts a small, offline IPFS HTTP gateway over a blockstore, behaving like kubo's for a static site:
 * path mode (`/ipfs/<cid>/<path>`) and subdomain mode (`Host: <cidv1>.ipfs.localhost:<port>`),
 * `index.html` for folders, a 301 to the trailing-slash form, a listing for folders without an index,
 * `ipfs-404.html` looked up from the requested folder towards the root, and trustless responses:
 * `?format=car` / `Accept: application/vnd.ipld.car` (the whole DAG) and `?format=raw` /
 * `Accept: application/vnd.ipld.raw` (one block).
 *
 * @param options The blockstore to serve and where to listen.
 * @returns The URL, the bound port and `close()`.
 * @throws {ListenFailedError} when the address cannot be bound.
 * @example
 * const gateway = await startGateway({ blockstore })
 * await fetch(`${gateway.url}/ipfs/${cid}/`)
 * await gateway.close()
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { blockstore, host = '127.0.0.1', port = 0 } = options
  const fs = unixfs({ blockstore })
  return startHttpServer((request, response) => serveGateway(blockstore, fs, request, response), {
    host,
    port,
  })
}

async function serveGateway(
  blockstore: BlockstoreLike,
  fs: UnixFS,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendText(response, 405, 'Method Not Allowed: only GET and HEAD are served.', {
      allow: 'GET, HEAD',
    })
  }
  const [path, rawQuery] = splitRequestTarget(request.url ?? '/')
  const target = parseGatewayUrl({ host: request.headers.host ?? '', path })
  if (target.kind === 'error') return sendText(response, target.status, target.message)
  if (target.kind === 'redirect') return redirect(response, withQuery(target.location, rawQuery))

  if (!(await blockstore.has(target.root))) {
    return sendText(
      response,
      404,
      `Not Found: ${target.root} is not in this gateway's blockstore (it never fetches).`,
    )
  }
  const aborter = new AbortController()
  response.once('close', () => aborter.abort())
  const query = new URLSearchParams(rawQuery)
  const context: Context = { blockstore, fs, request, response, target, query, signal: aborter.signal }

  const format = responseFormat(query.get('format'), request.headers.accept)
  if (format === 'car') return serveCar(context)
  if (format === 'raw') return serveRaw(context)
  if (format === 'unixfs') return serveUnixfs(context, rawQuery)
  return sendText(response, 400, `Bad Request: format "${format.unsupported}" is not served; use car or raw.`)
}

function responseFormat(
  format: string | null,
  accept = '',
): 'car' | 'raw' | 'unixfs' | { unsupported: string } {
  if (format === 'car' || format === 'raw') return format
  if (format) return { unsupported: format }
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim())
  if (types.includes(carContentType)) return 'car'
  if (types.includes(rawContentType)) return 'raw'
  return 'unixfs'
}

async function serveCar(context: Context): Promise<void> {
  const { blockstore, request, response, target, signal } = context
  if (target.segments.length > 0) {
    return sendText(
      response,
      400,
      'Bad Request: CARs are served for a whole DAG only; ask for /ipfs/<cid>?format=car with the CID of that path.',
    )
  }
  response.writeHead(200, {
    'content-type': `${carContentType}; version=1; order=dfs; dups=n`,
    'content-disposition': `attachment; filename="${target.root}.car"`,
    'cache-control': immutable,
    etag: `"${target.root}.car"`,
    'x-ipfs-path': `/ipfs/${target.root}`,
    ...nosniff,
  })
  if (request.method === 'HEAD') return void response.end()
  await pipeline(exportCar({ blockstore, root: target.root, signal }), response).catch(
    ignoreClientGone(signal),
  )
}

async function serveRaw(context: Context): Promise<void> {
  const { blockstore, fs, request, response, target, signal } = context
  let cid = target.root
  if (target.segments.length > 0) {
    const resolved = await statPath(fs, target.root, target.segments, signal)
    if (!resolved)
      return sendText(
        response,
        404,
        `Not Found: nothing at ${target.base}${encodePathSegments(target.segments)}.`,
      )
    cid = resolved.cid
  }
  const bytes = await readBlock(blockstore, cid, { signal })
  response.writeHead(200, {
    'content-type': rawContentType,
    'content-length': bytes.byteLength,
    'content-disposition': `attachment; filename="${cid}.bin"`,
    'cache-control': immutable,
    etag: `"${cid}.raw"`,
    ...nosniff,
  })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

async function serveUnixfs(context: Context, rawQuery: string): Promise<void> {
  const { fs, response, target, signal } = context
  const found = await statPath(fs, target.root, target.segments, signal)
  if (!found) return serveNotFound(context)
  if (found.type !== 'directory')
    return serveFile(context, found.cid, target.segments.at(-1) ?? '', found.size, 200)

  // Relative links in index.html only resolve against a URL that ends with "/".
  if (!target.trailingSlash) {
    return redirect(response, withQuery(`${target.base}${encodePathSegments(target.segments)}/`, rawQuery))
  }
  const index = await statPath(fs, found.cid, ['index.html'], signal)
  if (index && index.type !== 'directory') return serveFile(context, index.cid, 'index.html', index.size, 200)
  return serveListing(context, found.cid)
}

/** kubo's legacy pretty 404: the nearest `ipfs-404.html` from the requested path up to the root. */
async function serveNotFound(context: Context): Promise<void> {
  const { fs, request, response, target, signal } = context
  if (acceptsHtml(request.headers.accept)) {
    for (let depth = target.segments.length; depth >= 0; depth--) {
      const page = await statPath(
        fs,
        target.root,
        [...target.segments.slice(0, depth), 'ipfs-404.html'],
        signal,
      )
      if (page && page.type !== 'directory')
        return serveFile(context, page.cid, 'ipfs-404.html', page.size, 404)
    }
  }
  sendText(response, 404, `Not Found: nothing at ${target.base}${encodePathSegments(target.segments)}.`)
}

async function serveListing(context: Context, directory: CID): Promise<void> {
  const { fs, request, response, target, signal } = context
  const entries: ListingEntry[] = []
  for await (const entry of fs.ls(directory, { offline: true, signal })) {
    // Entries do not say what they are; a raw block is always file data, a dag-pb one must be read.
    const isDirectory =
      entry.cid.code !== raw.code &&
      (await fs.stat(entry.cid, { offline: true, signal })).type === 'directory'
    entries.push({ name: entry.name, directory: isDirectory, cid: entry.cid.toString() })
  }
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
  const title = `${target.base}${encodePathSegments(target.segments)}/`
  const html = Buffer.from(renderDirectoryListing({ title, entries, parent: target.segments.length > 0 }))
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': html.byteLength,
    ...nosniff,
  })
  response.end(request.method === 'HEAD' ? undefined : html)
}

async function serveFile(
  context: Context,
  cid: CID,
  name: string,
  size: bigint,
  status: number,
): Promise<void> {
  const { fs, request, response, signal } = context
  const etag = `"${cid}"`
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag, ...nosniff })
    return void response.end()
  }
  response.writeHead(status, {
    'content-type': contentType(name),
    'content-length': size.toString(),
    ...(status === 200 ? { etag, 'cache-control': immutable } : {}),
    ...nosniff,
  })
  if (request.method === 'HEAD') return void response.end()
  await pipeline(fs.cat(cid, { offline: true, signal }), response).catch(ignoreClientGone(signal))
}

type Found = { cid: CID; type: string; size: bigint }

/** Resolves a path inside a DAG; undefined when some segment does not exist. */
async function statPath(
  fs: UnixFS,
  root: CID,
  segments: readonly string[],
  signal: AbortSignal,
): Promise<Found | undefined> {
  try {
    const stat = await fs.stat(root, { path: segments.join('/') || undefined, offline: true, signal })
    return { cid: stat.cid, type: stat.type, size: stat.size }
  } catch (error) {
    if (isMissingPath(error)) return undefined
    throw error
  }
}

// Exporter and @helia/unixfs name the ways a path can fail to resolve differently; all mean "no such path".
const missingPathErrors = new Set([
  'NotFoundError',
  'DoesNotExistError',
  'BadPathError',
  'NotADirectoryError',
])

function isMissingPath(error: unknown): boolean {
  return error instanceof Error && missingPathErrors.has(error.name)
}

/** kubo serves `ipfs-404.html` only to clients that accept HTML (browsers, `*\/*`). */
function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return false
  return accept
    .split(',')
    .map((part) => part.split(';')[0]?.trim())
    .some((type) => type === 'text/html' || type === 'text/*' || type === '*/*')
}

function ignoreClientGone(signal: AbortSignal) {
  return (error: unknown) => {
    // A client that hung up mid-body is normal; anything else is a real failure for the 500/abort path.
    if (!signal.aborted) throw error
  }
}

function withQuery(location: string, rawQuery: string): string {
  return rawQuery ? `${location}?${rawQuery}` : location
}
