#!/usr/bin/env node
/**
 * `npm run bench:index`: benchmarks the indexer's chain reader end to end on local anvil chains and prints
 * a Markdown table (speed targets live here, never in tests).
 *
 * Starts `--chains` anvils (node_modules/.bin/anvil on 127.0.0.1, ports the OS picks), generates in memory
 * a registry of `--projects` projects listing `--contracts` contracts, reads it twice at the same
 * finalized block (empty RPC cache, then the saved one) and prints wall time, HTTP requests, eth_calls per
 * HTTP request, cache hit rate and peak RSS.
 *
 * Reads: nothing from the repository. Writes: a temporary RPC cache folder under the OS temp dir, removed
 * at the end. Env: none. Exit codes: 0 done, 1 the bench failed, 2 bad arguments.
 */
import { parseArgs } from 'node:util'
import { benchIndex } from '../indexer/bench/benchIndex.ts'
import { formatIndexBench } from '../indexer/bench/formatIndexBench.ts'

const USAGE = 'usage: npm run bench:index -- [--projects 2000] [--contracts 10000] [--chains 3] [--seed 1]'

let options: { projects: number; contracts: number; chains: number; seed: number }
try {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: '2000' },
      contracts: { type: 'string', default: '10000' },
      chains: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
    },
  })
  options = {
    projects: Number(values.projects),
    contracts: Number(values.contracts),
    chains: Number(values.chains),
    seed: Number(values.seed),
  }
  if (!Object.values(options).every((n) => Number.isSafeInteger(n) && n > 0)) {
    throw new Error('every option must be a positive whole number')
  }
  if (options.contracts % options.projects !== 0)
    throw new Error('--contracts must be a multiple of --projects')
} catch (error) {
  console.error(`bench:index: ${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}

try {
  const logger = { info: () => {}, warn: (message: string) => console.error(`warning: ${message}`) }
  console.log(formatIndexBench(await benchIndex({ logger }, options)))
} catch (error) {
  console.error(`bench:index failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
