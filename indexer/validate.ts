#!/usr/bin/env node
/**
 * `npm run validate [-- <registry-dir>]`: checks every registry file and lists every problem.
 *
 * Reads: registry/ (or the folder given), and the chain and token lists it is cross-checked against
 * (viem/chains, @uniswap/default-token-list). Writes: nothing.
 * Env: GITHUB_ACTIONS=true adds `::error` annotations so problems show on the PR diff.
 * Exit codes: 0 valid (warnings allowed), 1 errors found, 2 the registry could not be read.
 */
import { resolve } from 'node:path'
import { checkRegistry } from './registry/loadRegistry.ts'
import { formatGithubAnnotation, formatProblem } from './registry/Problem.ts'

const registryDir = resolve(process.argv[2] ?? 'registry')

try {
  const started = performance.now()
  const { registry, problems } = await checkRegistry(registryDir)
  const took = `in ${Math.round(performance.now() - started)} ms`
  for (const problem of problems) console.error(formatProblem(problem))
  if (process.env.GITHUB_ACTIONS === 'true')
    for (const problem of problems) console.log(formatGithubAnnotation(problem))
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.length - errors
  if (!registry) {
    console.error(
      `\n✗ ${errors} error(s), ${warnings} warning(s) ${took}. Fields are described in registry/README.md.`,
    )
    process.exitCode = 1
  } else {
    console.log(
      `✓ registry valid: ${registry.projects.length} projects, ${registry.categories.length} categories, ${registry.chains.length} chains` +
        (warnings ? `, ${warnings} warning(s)` : '') +
        ` ${took}`,
    )
  }
} catch (error) {
  console.error(`Could not read the registry at ${registryDir}: ${(error as Error).message}`)
  process.exitCode = 2
}
