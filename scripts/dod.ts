#!/usr/bin/env node
/**
 * `npm run dod`: runs the whole Definition of Done (lint, typecheck, schema check, unit tests with
 * coverage, build, e2e, workflow/container/Jenkinsfile lint, CID) by spawning each npm script in order,
 * keeps going after a failure, and ends with a table of results and seconds.
 *
 * Usage:  node scripts/dod.ts
 * Reads:  nothing itself; each npm script reads what it reads.
 * Writes: each script's output as it runs, a heading per check and the final table on stdout.
 * Env:    passed through to every script.
 * Exit:   0 every check passed; 1 at least one failed; 2 bad arguments.
 */
import { parseArgs } from 'node:util'
import { DOD_PLAN } from './dod/dodPlan.ts'
import { renderDodTable } from './dod/renderDodTable.ts'
import { runDod } from './dod/runDod.ts'
import { spawnNpmScript } from './dod/spawnNpmScript.ts'
import { reportCliFailure } from './ipfs/cliExitCode.ts'

try {
  parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: false })
  const results = await runDod(
    {
      runStep: (check) => spawnNpmScript(check),
      now: () => performance.now(),
      onStart: (check, index, total) => console.log(`\n▶ ${index + 1}/${total} ${check.name}`),
    },
    DOD_PLAN,
  )
  const { text, exitCode } = renderDodTable(results)
  console.log(`\n${text}`)
  process.exitCode = exitCode
} catch (error) {
  reportCliFailure(error, 'Usage: node scripts/dod.ts')
}
