/**
 * Wraps an async iterable of bytes as a web ReadableStream (what fetch bodies and the w3up client take),
 * pulling one chunk at a time so a big CAR is never held whole.
 *
 * @param source The bytes, in chunks.
 * @returns A stream of the same chunks.
 * @example
 * await fetch(url, { method: 'POST', body: toReadableStream(createReadStream('dist.car')), duplex: 'half' })
 */
export function toReadableStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel(reason) {
      await iterator.return?.(reason)
    },
  })
}
