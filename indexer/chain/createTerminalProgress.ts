import type { ChainProgress } from './readChainFacts.ts'

/** Where the progress line is drawn: a terminal stream (`process.stderr`). */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

/** A progress line for a terminal. */
export interface TerminalProgress {
  /** Redraws the line: `ethereum: 40/120 read, 12 requests, 1 retry`. */
  update(progress: ChainProgress): void
  /** Erases the line (before other output, and at the end), so logs never land behind it. */
  clear(): void
}

/**
 * A single progress line, redrawn in place with `\r` and erased with `ESC[K`. Draws nothing unless the
 * stream is a terminal and `CI` is unset: logs in CI and in files stay free of control characters.
 *
 * @example const progress = createTerminalProgress(process.stderr, process.env)
 */
export function createTerminalProgress(
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
): TerminalProgress {
  const enabled = stream.isTTY === true && !env.CI
  let shown = false
  return {
    update(progress) {
      if (!enabled) return
      stream.write(`\r\x1b[K${formatProgress(progress)}`)
      shown = true
    },
    clear() {
      if (!shown) return
      stream.write('\r\x1b[K')
      shown = false
    },
  }
}

/** `ethereum: 40/120 read, 12 requests, 1 retry`. Pure. */
export function formatProgress({ chain, done, total, requests, retries }: ChainProgress): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${chain}: ${done}/${total} read, ${plural(requests, 'request')}, ${plural(retries, 'retry').replace('retrys', 'retries')}`
}
