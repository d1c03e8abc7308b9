/**
 * mulberry32: a tiny seeded PRNG (uniform in [0, 1)), so generated benchmarks and injected faults repeat
 * exactly for the same seed. Not for anything secret.
 * @example
 * const random = mulberry32(7); random() // the same number on every run
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
