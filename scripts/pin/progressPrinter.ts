import type { PinProgress } from './PinProvider.ts'
import { redact } from './redact.ts'

/**
 * Builds the `onProgress` callback a CLI passes to the providers: one line per wait or retry, and an
 * upload line each time a provider's upload crosses another tenth (not one per chunk), all redacted.
 *
 * @param write Prints one line (stderr in the CLIs).
 * @param secrets Values to mask.
 * @returns The callback.
 * @example
 * const onProgress = progressPrinter((line) => console.error(line), secrets)
 */
export function progressPrinter(
  write: (line: string) => void,
  secrets: readonly string[] = [],
): (event: PinProgress) => void {
  const tenths = new Map<string, number>()
  return (event) => {
    if (event.phase === 'upload') {
      const { loaded = 0, total = 0 } = event
      const tenth = total > 0 ? Math.floor((loaded / total) * 10) : 10
      if ((tenths.get(event.provider) ?? -1) >= tenth) return
      tenths.set(event.provider, tenth)
      write(
        redact(
          `${event.provider}: uploaded ${formatBytes(loaded)} of ${formatBytes(total)} (${tenth * 10} %)`,
          secrets,
        ),
      )
      return
    }
    write(redact(event.message ?? `${event.provider}: ${event.phase}`, secrets))
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1_048_576).toFixed(1)} MiB`
}
