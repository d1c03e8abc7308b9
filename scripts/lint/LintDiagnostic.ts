/** One problem a linter found, in the shape every DevOps lint prints. */
export interface LintDiagnostic {
  /** Path of the file, relative to the repository root. */
  file: string
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number
  /** 1-based column. */
  column: number
  /** Which check found it: `actionlint/expression`, `pinned-digest`, `dclint/…`, `codenarc/…`. */
  rule: string
  /** What is wrong and how to fix it. */
  message: string
}

/**
 * Renders a diagnostic as `file:line:col  rule  message`, or as a GitHub Actions `::error` annotation,
 * so the same problem lands on the PR's diff line when the lint runs in a workflow.
 *
 * @param diagnostic The problem to print.
 * @param options `github: true` for the workflow-command form.
 * @returns One line (messages with line breaks are escaped in the GitHub form).
 * @example
 * formatDiagnostic({ file: 'Dockerfile', line: 3, column: 1, rule: 'pinned-digest', message: 'Pin it.' })
 * // 'Dockerfile:3:1  pinned-digest  Pin it.'
 */
export function formatDiagnostic(diagnostic: LintDiagnostic, options: { github?: boolean } = {}): string {
  const { file, line, column, rule, message } = diagnostic
  if (!options.github) return `${file}:${line}:${column}  ${rule}  ${message}`
  // Workflow commands end at a newline and treat % specially: https://github.com/actions/toolkit/issues/193
  const escaped = message.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
  return `::error file=${file},line=${line},col=${column},title=${rule}::${escaped}`
}

/**
 * Orders diagnostics by file, line, column and rule, so output and tests do not depend on which
 * checker ran first.
 *
 * @param diagnostics Problems from any number of checkers.
 * @returns A new, sorted array.
 * @example
 * sortDiagnostics([...dockerfileProblems, ...composeProblems])
 */
export function sortDiagnostics(diagnostics: readonly LintDiagnostic[]): LintDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  )
}
