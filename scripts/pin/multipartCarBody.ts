import { randomBytes } from 'node:crypto'
import type { CarSource } from './carSource.ts'
import { toReadableStream } from './toReadableStream.ts'

/** A `multipart/form-data` body carrying one CAR file, as Kubo's and Cluster's HTTP APIs take files. */
export interface MultipartBody {
  /** Includes the boundary. */
  contentType: string
  /** Exact byte length of the body. */
  length: number
  /** Builds the body stream; call once per attempt. */
  stream: () => ReadableStream<Uint8Array>
}

/**
 * Wraps a CAR as the single `file` part of a multipart body (RFC 7578), streamed from its source, and
 * reports how many of the CAR's bytes have been taken by the connection.
 *
 * @param car The CAR to send.
 * @param onProgress Called with (bytes of the CAR sent so far, CAR size) as the body is read.
 * @returns The content type, length and a stream factory.
 * @example
 * const body = multipartCarBody(await carSource('dist.car'), (loaded, total) => console.error(loaded, total))
 * await fetch(url, { method: 'POST', headers: { 'content-type': body.contentType }, body: body.stream(), duplex: 'half' })
 */
export function multipartCarBody(
  car: CarSource,
  onProgress?: (loaded: number, total: number) => void,
): MultipartBody {
  const boundary = `atlas-${randomBytes(12).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="root.car"\r\n` +
      'Content-Type: application/vnd.ipld.car\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield head
    let loaded = 0
    for await (const chunk of car.open()) {
      yield chunk
      loaded += chunk.byteLength
      onProgress?.(loaded, car.size)
    }
    yield tail
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.byteLength + car.size + tail.byteLength,
    stream: () => toReadableStream(parts()),
  }
}
