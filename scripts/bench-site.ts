#!/usr/bin/env node
/**
 * `npm run bench:site`: the site's performance benchmark. Generates a synthetic registry (default 10,000
 * projects, 40,000 relations, seeded), builds the site from it and from the real registry, and prints a
 * Markdown table: build time, dist/ size, home page and map-page JS gzipped, time until the map is drawn,
 * frame times while panning and zooming, JS heap, each against its target. Speed targets live here, never
 * in tests.
 *
 * Reads: registry/, site/, astro.config.mjs. Writes: a scratch folder under the OS temp dir (the synthetic
 * registry, both builds, Astro's cache), removed at the end unless --keep; Astro also writes its usual
 * .astro/ files in the repository. Never touches dist/. Env: none (sets ATLAS_ROOT for the builds).
 * Exit codes: 0 done (even when a target is missed: it is a report), 1 something crashed, 2 bad arguments.
 */
import { parseArgs } from 'node:util'
import { benchSite } from './bench/site/benchSite.ts'

const USAGE = 'usage: npm run bench:site -- [--projects 10000] [--relations 40000] [--seed 1] [--keep]'

let options: { projects: number; relations: number; seed: number; keep: boolean }
try {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: '10000' },
      relations: { type: 'string', default: '40000' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
    },
  })
  options = {
    projects: Number(values.projects),
    relations: Number(values.relations),
    seed: Number(values.seed),
    keep: values.keep,
  }
  if (![options.projects, options.relations, options.seed].every((n) => Number.isSafeInteger(n) && n >= 0))
    throw new Error('--projects, --relations and --seed must be whole numbers')
  if (options.projects < 2) throw new Error('--projects must be at least 2')
} catch (error) {
  console.error(`bench:site: ${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}

try {
  const result = await benchSite({
    repoRoot: process.cwd(),
    ...options,
    log: (line) => console.error(`bench:site: ${line}`),
  })
  console.log(result.table)
  console.log(`\n${result.breakdown}`)
  if (result.keptAt) console.log(`\nKept: ${result.keptAt}`)
} catch (error) {
  console.error(`bench:site failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
