import { formatDiagnostic, type LintDiagnostic, sortDiagnostics } from './LintDiagnostic.ts'

/** What a lint CLI prints and the exit code it ends with. */
export interface LintReport {
  text: string
  exitCode: 0 | 1
}

/**
 * Renders the problems of one lint run: one line per problem (GitHub annotations inside Actions), then
 * a summary line naming what was checked.
 *
 * @param diagnostics Every problem found.
 * @param options `checked`: the files linted; `github`: annotation form; `notes`: lines printed before the summary.
 * @returns The text and the exit code (1 when any problem was found).
 * @example
 * const { text, exitCode } = renderLintReport(problems, { checked: ['Dockerfile'] })
 */
export function renderLintReport(
  diagnostics: readonly LintDiagnostic[],
  options: { checked: readonly string[]; github?: boolean; notes?: readonly string[] },
): LintReport {
  const lines = sortDiagnostics(diagnostics).map((diagnostic) =>
    formatDiagnostic(diagnostic, { github: options.github }),
  )
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size
  const summary =
    diagnostics.length === 0
      ? `✓ ${options.checked.join(', ')}: no problems`
      : `✗ ${diagnostics.length} problem(s) in ${files} of ${options.checked.length} file(s)`
  return {
    text: [...lines, ...(options.notes ?? []), summary].join('\n'),
    exitCode: diagnostics.length ? 1 : 0,
  }
}
