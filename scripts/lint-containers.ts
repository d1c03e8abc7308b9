#!/usr/bin/env node
/**
 * `npm run lint:containers`: lints the container files offline (no Docker engine needed).
 *
 * Usage:  node scripts/lint-containers.ts
 * Reads:  Dockerfile (dockerfile-utils + pinned digests, non-root USER, no secret ARG/ENV, site HEALTHCHECK),
 *         .dockerignore (secrets and host output excluded), compose.yaml (Compose schema, dclint, loopback
 *         ports, pinned digests), deploy/akash.yaml (Akash SDL v2.0 consistency). Paths are relative to
 *         the current folder.
 * Writes: one line per problem on stdout (`file:line:col  rule  message`; `::error` annotations when
 *         GITHUB_ACTIONS=true), then a summary.
 * Env:    GITHUB_ACTIONS.
 * Exit:   0 no problem; 1 problems found; 2 a file could not be read, or bad arguments.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { reportCliFailure } from './ipfs/cliExitCode.ts'
import { lintAkashSdl } from './lint/lintAkashSdl.ts'
import { lintCompose } from './lint/lintCompose.ts'
import { lintDockerfile } from './lint/lintDockerfile.ts'
import { lintDockerignore } from './lint/lintDockerignore.ts'
import { renderLintReport } from './lint/renderLintReport.ts'

const usage = 'Usage: node scripts/lint-containers.ts'
const linters = {
  Dockerfile: (text: string, file: string) =>
    lintDockerfile(text, file, { targets: ['indexer', 'site', 'release'], healthcheckTargets: ['site'] }),
  '.dockerignore': lintDockerignore,
  'compose.yaml': lintCompose,
  'deploy/akash.yaml': lintAkashSdl,
}

try {
  parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: false })
  const files = Object.keys(linters) as Array<keyof typeof linters>
  const diagnostics = (
    await Promise.all(files.map(async (file) => linters[file](await readFile(file, 'utf8'), file)))
  ).flat()
  const report = renderLintReport(diagnostics, {
    checked: files,
    github: process.env.GITHUB_ACTIONS === 'true',
  })
  console.log(report.text)
  process.exitCode = report.exitCode
} catch (error) {
  reportCliFailure(error, usage)
}
