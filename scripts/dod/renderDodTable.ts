import type { DodResult } from './runDod.ts'

/**
 * Renders the end of `npm run dod`: one row per check (name, ✓ or ✗, seconds), then a verdict line,
 * and the exit code the command ends with.
 *
 * @param results What {@link runDod} returned.
 * @returns The table text and 1 when any check failed, else 0.
 * @example
 * const { text, exitCode } = renderDodTable(results)
 */
export function renderDodTable(results: readonly DodResult[]): { text: string; exitCode: 0 | 1 } {
  const width = Math.max('check'.length, ...results.map((result) => result.check.name.length))
  const rows = results.map(
    (result) =>
      `${result.check.name.padEnd(width)}  ${result.passed ? '✓' : '✗'}       ${result.seconds.toFixed(1).padStart(7)}`,
  )
  const failed = results.filter((result) => !result.passed)
  const total = results.reduce((sum, result) => sum + result.seconds, 0)
  const verdict =
    failed.length === 0
      ? `✓ all ${results.length} checks passed in ${total.toFixed(1)} s`
      : `✗ ${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.check.name).join(', ')}`
  return {
    text: [`${'check'.padEnd(width)}  result  seconds`, ...rows, verdict].join('\n'),
    exitCode: failed.length === 0 ? 0 : 1,
  }
}
