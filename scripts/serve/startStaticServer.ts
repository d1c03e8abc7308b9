import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { contentType } from './contentType.ts'
import { decodePathSegments, encodePathSegments, splitRequestTarget } from './decodePathSegments.ts'
import { nosniff, redirect, sendText } from './respond.ts'
import { type RunningServer, startHttpServer } from './startHttpServer.ts'

/** Thrown when the folder to serve does not exist or is not a folder. */
export class StaticRootNotFoundError extends BaseError {
  override name = 'StaticRootNotFoundError'
  constructor({ root, cause }: { root: string; cause?: unknown }) {
    super(`There is no folder to serve at ${root}.`, {
      cause,
      metaMessages: ['Run `npm run build` to create dist/, or pass the folder to serve.'],
    })
  }
}

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
  /** The built site's folder, e.g. `dist`. */
  root: string
  /** Interface to bind; defaults to `127.0.0.1`. */
  host?: string
  /** Port to bind; defaults to 4321, 0 picks a free one. */
  port?: number
}

/**
 * Serves a built site from disk like a plain static host (and like an IPFS gateway serves the same
 * folder): `index.html` for folders, a 301 to the trailing-slash form for folders, `404.html` from the
 * root with status 404 for misses, only GET and HEAD, and no path may leave the root.
 *
 * @param options The folder to serve and where to listen.
 * @returns The URL, the bound port and `close()`.
 * @throws {StaticRootNotFoundError} when `root` is not a folder.
 * @throws {ListenFailedError} when the address cannot be bound.
 * @example
 * const server = await startStaticServer({ root: 'dist', port: 0 })
 * console.log(server.url)
 * await server.close()
 */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const { host = '127.0.0.1', port = 4321 } = options
  const root = await realRoot(options.root)
  return startHttpServer((request, response) => serveStatic(root, request, response), { host, port })
}

async function realRoot(root: string): Promise<string> {
  try {
    const real = await realpath(resolve(root))
    if (!(await stat(real)).isDirectory()) throw new StaticRootNotFoundError({ root })
    return real
  } catch (error) {
    if (error instanceof StaticRootNotFoundError) throw error
    throw new StaticRootNotFoundError({ root, cause: error })
  }
}

async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendText(response, 405, 'Method Not Allowed: only GET and HEAD are served.', {
      allow: 'GET, HEAD',
    })
  }
  const [rawPath, query] = splitRequestTarget(request.url ?? '/')
  const segments = decodePathSegments(rawPath)
  if (!segments) return sendText(response, 400, 'Bad Request: the path is not allowed.')

  const path = join(root, ...segments)
  const target = await statInside(root, path)
  if (target?.isDirectory()) {
    if (!rawPath.endsWith('/'))
      return redirect(response, `${encodePathSegments(segments)}/${query ? `?${query}` : ''}`)
    const index = await statInside(root, join(path, 'index.html'))
    if (index?.isFile()) return sendFile(request, response, join(path, 'index.html'), index.size, 200)
  } else if (target?.isFile() && !rawPath.endsWith('/')) {
    return sendFile(request, response, path, target.size, 200)
  }
  const notFound = await statInside(root, join(root, '404.html'))
  if (notFound?.isFile()) return sendFile(request, response, join(root, '404.html'), notFound.size, 404)
  return sendText(response, 404, 'Not Found')
}

/** Stats a path only if, with symlinks resolved, it is still inside the root. */
async function statInside(root: string, path: string) {
  try {
    const real = await realpath(path)
    if (real !== root && !real.startsWith(root + sep)) return undefined
    return await stat(real)
  } catch {
    return undefined
  }
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  size: number,
  status: number,
): Promise<void> {
  response.writeHead(status, {
    'content-type': contentType(path),
    'content-length': size,
    'cache-control': 'no-cache',
    ...nosniff,
  })
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  await pipeline(createReadStream(path), response).catch(ignoreClosedByClient)
}

function ignoreClosedByClient(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
}
