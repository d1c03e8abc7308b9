/**
 * The nearest-rank percentile of some samples (the value at rank ⌈p/100 · n⌉ once sorted), as
 * `scripts/bench/measure.ts` computes its p95; undefined when there are no samples.
 *
 * @param samples Values in any order; not modified.
 * @param p The percentile, 0 < p ≤ 100, e.g. 95.
 * @returns The sample at that rank.
 * @example percentile([16, 17, 40, 16], 95) // 40
 */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

/** Frame-time statistics of a run of requestAnimationFrame timestamps. */
export interface FrameStats {
  frames: number
  p95Ms: number
  maxMs: number
}

/**
 * Turns requestAnimationFrame timestamps into frame times (the gaps between consecutive frames) and
 * summarises them; undefined with fewer than two timestamps.
 *
 * @param timestamps `performance.now()`-style times of each frame, in order.
 * @returns The number of frame times, their p95 and their maximum, in milliseconds.
 * @example frameStats([0, 16, 33, 83]) // { frames: 3, p95Ms: 50, maxMs: 50 }
 */
export function frameStats(timestamps: readonly number[]): FrameStats | undefined {
  const deltas = timestamps.slice(1).map((time, i) => time - (timestamps[i] as number))
  const p95Ms = percentile(deltas, 95)
  if (p95Ms === undefined) return undefined
  return { frames: deltas.length, p95Ms, maxMs: Math.max(...deltas) }
}
