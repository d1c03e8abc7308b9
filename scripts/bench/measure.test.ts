import { describe, expect, it } from 'vitest'
import { formatResults, measure } from './measure.ts'

describe(measure.name, () => {
  it('reports the median and p95 of the timed runs, after a warm-up run', async () => {
    let calls = 0
    const ticks = [0, 1, 10, 13, 20, 22, 30, 39, 40, 41]
    let tick = 0
    const results = await measure(
      [{ name: 'x', iterations: 5, run: () => calls++ }],
      () => ticks[tick++] ?? 0,
    )
    expect(calls).toBe(6)
    expect(results[0]).toMatchObject({ name: 'x', iterations: 5, medianMs: 2, p95Ms: 9 })
  })
})

describe(formatResults.name, () => {
  it('renders a Markdown table', () => {
    const table = formatResults([
      { name: 'validate', iterations: 3, medianMs: 1.234, p95Ms: 2, heapDeltaMiB: 0.05 },
    ])
    expect(table.split('\n')).toEqual([
      '| benchmark | runs | median ms | p95 ms | heap Δ MiB |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| validate | 3 | 1.23 | 2.00 | 0.1 |',
    ])
  })
})
