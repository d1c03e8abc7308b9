#!/usr/bin/env node
/**
 * `npm run bench`: times the Atlas's hot paths on this machine and prints a Markdown table.
 * Speed targets live here, never in tests.
 *
 * Reads: registry/, site/. Writes: dist/ (the build benchmark rebuilds it).
 * Exit codes: 0 done, 1 a benchmark threw.
 */
import { execFileSync } from 'node:child_process'
import { MemoryBlockstore } from 'blockstore-core'
import { checkRegistry, readRegistrySources } from '../indexer/registry/loadRegistry.ts'
import { loadReferenceData } from '../indexer/registry/reference/loadReferenceData.ts'
import { validateRegistry } from '../indexer/registry/validateRegistry.ts'
import { type Benchmark, formatResults, measure } from './bench/measure.ts'
import { importDirectory } from './ipfs/importDirectory.ts'

const sources = await readRegistrySources('registry')
const reference = await loadReferenceData()
const benchmarks: Benchmark[] = [
  {
    name: `validate registry (${sources.projects.length} projects, files in memory, with cross-checks)`,
    run: () => {
      if (!validateRegistry(sources, reference).registry)
        throw new Error('the committed registry must be valid')
    },
  },
  {
    name: 'npm run validate work (read files and lists, validate, sanitize logos)',
    iterations: 5,
    run: async () => {
      if (!(await checkRegistry('registry')).registry) throw new Error('the committed registry must be valid')
    },
  },
]
benchmarks.push({
  name: 'site build (astro build + relativize)',
  iterations: 3,
  run: () => execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' }),
})
benchmarks.push({
  name: 'CID of dist/ (unixfs-v1-2025, in-memory blockstore)',
  iterations: 5,
  run: () => importDirectory('dist', { blockstore: new MemoryBlockstore() }),
})

console.log(formatResults(await measure(benchmarks)))
