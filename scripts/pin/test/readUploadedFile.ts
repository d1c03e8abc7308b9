import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'

/**
 * Reads the `file` part of a `multipart/form-data` request, as Kubo and IPFS Cluster read uploads, using
 * the platform's own multipart parser (undici's `Request.formData()`).
 *
 * @param request The incoming request.
 * @returns The file's bytes, or undefined when there is no `file` part.
 * @example
 * const car = await readUploadedFile(request)
 */
export async function readUploadedFile(request: IncomingMessage): Promise<Uint8Array | undefined> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const parsed = new Request('http://upload.invalid/', {
    method: 'POST',
    headers,
    body: Readable.toWeb(request) as ReadableStream,
    duplex: 'half',
  } as RequestInit)
  const file = (await parsed.formData()).get('file')
  if (!file || typeof file === 'string') return undefined
  return new Uint8Array(await file.arrayBuffer())
}
