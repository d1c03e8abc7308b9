#!/usr/bin/env node
/**
 * `npm run lint:jenkins [-- <file>]`: lints the Jenkinsfile without a Jenkins controller.
 *
 * Usage:  node scripts/lint-jenkinsfile.ts [file=Jenkinsfile]
 * Reads:  the Jenkinsfile and package.json (script names).
 * Checks: the declarative structure and that every `sh` step calls `npm ci` or an existing npm script
 *         (scripts/lint/lintJenkinsfile.ts), then Groovy syntax and CodeNarc's rules through
 *         npm-groovy-lint, which needs Java: without Java that part is skipped with a warning, unless
 *         CI is set, where it fails.
 * Writes: one line per problem on stdout (`::error` annotations when GITHUB_ACTIONS=true), then a summary.
 * Env:    CI (CodeNarc required), GITHUB_ACTIONS.
 * Exit:   0 no problem; 1 problems found; 2 the file could not be read, CodeNarc could not run in CI,
 *         or bad arguments.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { CodeNarcUnavailableError, groovyLint } from './lint/groovyLint.ts'
import { lintJenkinsfile } from './lint/lintJenkinsfile.ts'
import { renderLintReport } from './lint/renderLintReport.ts'

const usage = 'Usage: node scripts/lint-jenkinsfile.ts [file=Jenkinsfile]'

try {
  const { positionals } = parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: true })
  if (positionals.length > 1) throw new UsageError('Give at most one Jenkinsfile.')
  const file = positionals[0] ?? 'Jenkinsfile'
  const text = await readFile(file, 'utf8')
  const { scripts = {} } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts?: object }
  const diagnostics = lintJenkinsfile(text, file, new Set(Object.keys(scripts)))
  const notes: string[] = []
  try {
    diagnostics.push(...(await groovyLint({}, text, file)))
  } catch (error) {
    if (!(error instanceof CodeNarcUnavailableError) || process.env.CI) throw error
    notes.push(
      `⚠ CodeNarc skipped (${error.details ?? 'no Java'}); CI runs it. ${error.metaMessages.join(' ')}`,
    )
  }
  const report = renderLintReport(diagnostics, {
    checked: [file],
    github: process.env.GITHUB_ACTIONS === 'true',
    notes,
  })
  console.log(report.text)
  process.exitCode = report.exitCode
} catch (error) {
  reportCliFailure(error, usage)
}
