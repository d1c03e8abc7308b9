import { describe, expect, it } from 'vitest'
import { createTerminalProgress, formatProgress } from '../chain/createTerminalProgress.ts'

const update = { chain: 'ethereum', done: 40, total: 120, requests: 12, retries: 1 }

/** A stream that keeps what is written to it. */
function stream(isTTY: boolean) {
  const written: string[] = []
  return { isTTY, written, write: (text: string) => written.push(text) }
}

describe('createTerminalProgress', () => {
  it('redraws one line in place on a terminal and erases it', () => {
    const terminal = stream(true)
    const progress = createTerminalProgress(terminal, {})
    progress.update(update)
    progress.update({ ...update, done: 120 })
    progress.clear()
    progress.clear()
    expect(terminal.written).toEqual([
      '\r\x1b[Kethereum: 40/120 read, 12 requests, 1 retry',
      '\r\x1b[Kethereum: 120/120 read, 12 requests, 1 retry',
      '\r\x1b[K',
    ])
  })

  it('draws nothing into a pipe or a file, or when CI is set', () => {
    for (const [isTTY, env] of [
      [false, {}],
      [true, { CI: 'true' }],
    ] as const) {
      const output = stream(isTTY)
      const progress = createTerminalProgress(output, env)
      progress.update(update)
      progress.clear()
      expect(output.written).toEqual([])
    }
  })

  it('counts in words', () => {
    expect(formatProgress({ ...update, requests: 1, retries: 2 })).toBe(
      'ethereum: 40/120 read, 1 request, 2 retries',
    )
  })
})
