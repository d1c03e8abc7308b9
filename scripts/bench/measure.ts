/** One benchmark: a name and an async body run repeatedly. */
export interface Benchmark {
  name: string
  run(): unknown | Promise<unknown>
  /** How many timed runs (after one warm-up). */
  iterations?: number
}

export interface BenchmarkResult {
  name: string
  iterations: number
  medianMs: number
  p95Ms: number
  /** Growth of the heap during the timed runs, in MiB. */
  heapDeltaMiB: number
}

/**
 * Runs each benchmark once to warm up, then `iterations` times, and reports median and p95 times.
 * `now` is injectable so the arithmetic is testable.
 */
export async function measure(
  benchmarks: readonly Benchmark[],
  now = () => performance.now(),
): Promise<BenchmarkResult[]> {
  const results: BenchmarkResult[] = []
  for (const benchmark of benchmarks) {
    const iterations = benchmark.iterations ?? 20
    await benchmark.run()
    const heapBefore = process.memoryUsage().heapUsed
    const times: number[] = []
    for (let i = 0; i < iterations; i++) {
      const start = now()
      await benchmark.run()
      times.push(now() - start)
    }
    times.sort((a, b) => a - b)
    results.push({
      name: benchmark.name,
      iterations,
      medianMs: times[Math.floor((times.length - 1) / 2)] ?? 0,
      p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0,
      heapDeltaMiB: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    })
  }
  return results
}

/** Renders results as a Markdown table. */
export function formatResults(results: readonly BenchmarkResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.iterations} | ${r.medianMs.toFixed(2)} | ${r.p95Ms.toFixed(2)} | ${r.heapDeltaMiB.toFixed(1)} |`,
  )
  return [
    '| benchmark | runs | median ms | p95 ms | heap Δ MiB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}
