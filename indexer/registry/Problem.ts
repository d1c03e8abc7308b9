/** One thing wrong with a registry file, located precisely enough for an editor or a PR annotation. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string
  /** 1-based line and column. */
  line: number
  col: number
  /** Dotted field path, e.g. `contracts[0].address`; empty for the whole file. */
  field: string
  message: string
  /** How to fix it, when we can say. */
  fix?: string
  severity: 'error' | 'warning'
}

/** Renders a problem as `file:line:col  field  message → fix`. */
export function formatProblem(problem: Problem): string {
  const fix = problem.fix ? ` → ${problem.fix}` : ''
  const label = problem.severity === 'warning' ? 'warning: ' : ''
  return `${problem.file}:${problem.line}:${problem.col}  ${problem.field || '(file)'}  ${label}${problem.message}${fix}`
}

/** Renders a problem as a GitHub Actions workflow command, so it shows on the PR's diff. */
export function formatGithubAnnotation(problem: Problem): string {
  const escapeData = (text: string) =>
    text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
  const fix = problem.fix ? ` → ${problem.fix}` : ''
  const title = escapeData(problem.field || problem.file)
    .replaceAll(',', '%2C')
    .replaceAll(':', '%3A')
  return `::${problem.severity} file=${problem.file},line=${problem.line},col=${problem.col},title=${title}::${escapeData(problem.message + fix)}`
}

/** Sorts problems by file, then position, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  )
}
