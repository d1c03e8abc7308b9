import { describe, expect, it } from 'vitest'
import { progressPrinter } from './progressPrinter.ts'

describe(progressPrinter.name, () => {
  it('prints an upload line per tenth crossed, and every wait or retry, redacted', () => {
    const lines: string[] = []
    const print = progressPrinter((line) => lines.push(line), ['fake-token'])
    for (const loaded of [0, 100_000, 150_000, 1_048_576, 2_097_152])
      print({ provider: 'kubo', phase: 'upload', loaded, total: 2_097_152 })
    print({ provider: 'psa', phase: 'retry', message: 'psa: HTTP 429 (fake-token); retry 1 in 1.0 s' })
    print({ provider: 'psa', phase: 'wait' })
    expect(lines).toEqual([
      'kubo: uploaded 0 B of 2.0 MiB (0 %)',
      'kubo: uploaded 1.0 MiB of 2.0 MiB (50 %)',
      'kubo: uploaded 2.0 MiB of 2.0 MiB (100 %)',
      'psa: HTTP 429 ([redacted]); retry 1 in 1.0 s',
      'psa: wait',
    ])
  })
})
