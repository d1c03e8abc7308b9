import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  const typed = new TextEncoder().encode(type)
  out.set(typed, 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/**
 * Encodes 8-bit RGB pixels as a PNG: no filter, zlib level 1. Cards are mostly flat colour, so the fast
 * level costs little size, and the bytes depend only on the pixels and the bundled zlib, never on time.
 *
 * @param rgb - `width × height × 3` bytes, row by row.
 * @param width - Pixels per row.
 * @param height - Rows.
 * @returns The PNG file's bytes.
 * @throws {RangeError} When the buffer does not hold `width × height` pixels.
 * @example
 * encodePng(new Uint8Array(3), 1, 1) // a 1×1 black PNG
 */
export function encodePng(rgb: Uint8Array, width: number, height: number): Uint8Array {
  if (rgb.length !== width * height * 3)
    throw new RangeError(`expected ${width * height * 3} bytes for ${width}×${height} RGB, got ${rgb.length}`)
  const stride = width * 3
  const raw = new Uint8Array((stride + 1) * height)
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  return encodeScanlines(raw, width, height)
}

/**
 * Encodes RGB scanlines that already carry PNG filter bytes (`(width × 3 + 1) × height` bytes, each row
 * starting with filter 0): what the card canvas draws into, so no copy is needed. The buffer is filtered in
 * place (it belongs to the caller, who is done with it).
 *
 * @param raw - The filtered scanlines.
 * @param width - Pixels per row.
 * @param height - Rows.
 * @returns The PNG file's bytes.
 * @throws {RangeError} When the buffer has the wrong length.
 * @example
 * encodeScanlines(new Uint8Array(4), 1, 1) // a 1×1 black PNG
 */
export function encodeScanlines(raw: Uint8Array, width: number, height: number): Uint8Array {
  if (raw.length !== (width * 3 + 1) * height)
    throw new RangeError(
      `expected ${(width * 3 + 1) * height} bytes of scanlines for ${width}×${height}, got ${raw.length}`,
    )
  // A row equal to the one above becomes filter 2 ("Up") with all-zero bytes: cards are mostly empty
  // rows, and deflate runs through zeros several times faster than through repeated colour triples.
  const stride = width * 3 + 1
  // In place, bottom-up, so each comparison still sees the unfiltered row above.
  const rows = Buffer.from(raw.buffer, raw.byteOffset, raw.length)
  for (let y = height - 1; y > 0; y--) {
    const at = y * stride
    if (rows[at] === 0 && rows.compare(rows, at - stride + 1, at, at + 1, at + stride) === 0) {
      rows.fill(0, at, at + stride)
      rows[at] = 2
    }
  }
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 2, 0, 0, 0], 8)
  const parts = [
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array()),
  ]
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
