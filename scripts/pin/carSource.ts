import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { CarInput } from './PinProvider.ts'

/** A CAR that can be read from the start as often as needed. */
export interface CarSource {
  /** Size in bytes. */
  size: number
  /** A fresh stream of the CAR's bytes, from the first. */
  open: () => AsyncIterable<Uint8Array>
}

// Small enough pieces for progress to move, big enough not to cost anything.
const pieceSize = 1_048_576

/**
 * Turns a CAR given as a path, bytes or an opener into something every provider can re-read per attempt.
 *
 * @param car A file path, the bytes, or `{ size, open }`.
 * @returns The size and an opener.
 * @throws the file system's error (ENOENT…) when a path cannot be read.
 * @example
 * const { size, open } = await carSource('dist.car')
 */
export async function carSource(car: CarInput): Promise<CarSource> {
  if (typeof car === 'string') {
    const { size } = await stat(car)
    return { size, open: () => createReadStream(car, { highWaterMark: pieceSize }) }
  }
  if (car instanceof Uint8Array) {
    return {
      size: car.byteLength,
      open: async function* () {
        for (let offset = 0; offset < car.byteLength; offset += pieceSize)
          yield car.subarray(offset, offset + pieceSize)
      },
    }
  }
  return car
}
