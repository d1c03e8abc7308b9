import NpmGroovyLint from 'npm-groovy-lint'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { LintDiagnostic } from './LintDiagnostic.ts'

/** Thrown when CodeNarc could not run, almost always because no Java is on the PATH. */
export class CodeNarcUnavailableError extends BaseError {
  override name = 'CodeNarcUnavailableError'
  constructor({ reason }: { reason: string }) {
    super('CodeNarc (npm-groovy-lint) could not run.', {
      details: reason,
      metaMessages: [
        'Install a Java runtime (17 or newer), e.g. `apt-get install default-jre-headless`, and run it again.',
      ],
    })
  }
}

/**
 * CodeNarc findings that do not fit a declarative pipeline, with the reason; every other warning or
 * error fails the lint (CodeNarc's `info` level never does).
 */
export const IGNORED_CODENARC_RULES: ReadonlyMap<string, string> = new Map([
  [
    'NestedBlockDepth',
    'declarative syntax nests pipeline › stages › stage › parallel › stage › steps by design',
  ],
  [
    'DuplicateMapLiteral',
    'each stage repeats its own `timeout(time:, unit:)`; declarative options cannot share a variable',
  ],
])

/** What {@link groovyLint} needs from the outside world. */
export interface GroovyLintDependencies {
  /** The Java executable CodeNarc runs on (default `java` from the PATH). */
  javaExecutable?: string
}

/**
 * Runs CodeNarc over a Jenkinsfile's text through npm-groovy-lint, without its background server (no
 * port left open, nothing downloaded): Groovy syntax errors and CodeNarc's Jenkinsfile rules.
 *
 * @param dependencies Where Java is.
 * @param text The Jenkinsfile's content.
 * @param file The path to print in diagnostics.
 * @returns CodeNarc's errors and warnings, less {@link IGNORED_CODENARC_RULES}.
 * @throws {CodeNarcUnavailableError} when CodeNarc could not run (no Java).
 * @example
 * const problems = await groovyLint({}, readFileSync('Jenkinsfile', 'utf8'), 'Jenkinsfile')
 */
export async function groovyLint(
  dependencies: GroovyLintDependencies,
  text: string,
  file: string,
): Promise<LintDiagnostic[]> {
  const linter = new NpmGroovyLint(
    {
      source: text,
      sourcefilepath: file,
      noserver: true,
      output: 'none',
      insight: false,
      failon: 'none',
      javaexecutable: dependencies.javaExecutable ?? 'java',
    },
    {},
  )
  await linter.run()
  const result = linter.lintResult as CodeNarcResult | undefined
  if (linter.status !== 0 || !result?.files) {
    const error = linter.error as { msg?: string } | string | undefined
    throw new CodeNarcUnavailableError({
      reason: typeof error === 'string' ? error : (error?.msg ?? 'unknown'),
    })
  }
  return Object.values(result.files)
    .flatMap((entry) => entry.errors)
    .filter((error) => error.severity !== 'info' && !IGNORED_CODENARC_RULES.has(error.rule))
    .map((error) => ({
      file,
      line: Number(error.line) || 1,
      column: (error.range?.start.character ?? 0) + 1,
      rule: `codenarc/${error.rule}`,
      message: error.msg.trim(),
    }))
}

interface CodeNarcResult {
  files?: Record<
    string,
    {
      errors: Array<{
        line: number | string
        rule: string
        severity: 'error' | 'warning' | 'info'
        msg: string
        range?: { start: { character: number } }
      }>
    }
  >
}
