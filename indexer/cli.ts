#!/usr/bin/env node
/**
 * `npm run index -- [--rpc <chainId>=<url> …] [--registry <dir>] [--snapshot <dir>] [--block-tag finalized|latest]`:
 * reads each chain that has an RPC URL at one pinned block and updates its snapshot.
 *
 * Reads: registry/ (or --registry), snapshot/<chain>.json (or --snapshot), each chain's JSON-RPC endpoint.
 * Writes: snapshot/<chain>.json for each chain with an RPC URL (atomically; untouched when unchanged).
 *   Chains without an RPC URL keep their snapshot as it is.
 * Env: RPC_URL_<CHAIN> as named by `rpcEnv` in registry/chains.yaml; `--rpc <chainId>=<url>` wins over it.
 *   URLs are never printed (they often hold API keys).
 * Exit codes: 0 every chain with an RPC URL was read;
 *   1 invalid input: bad arguments, an invalid registry or snapshot, an RPC URL serving the wrong chain
 *     (and any unexpected error);
 *   2 an RPC failure: values that could not be read were kept from the previous snapshot with stale marks.
 */
import { parseArgs } from 'node:util'
import { BaseError } from './errors/BaseError.ts'
import { type ChainOutcome, indexRegistry } from './indexRegistry.ts'

const USAGE =
  'usage: npm run index -- [--rpc <chainId>=<url> …] [--registry <dir>] [--snapshot <dir>] [--block-tag finalized|latest]'

const logger = {
  info: (message: string) => console.log(message),
  warn: (message: string) => console.error(`warning: ${message}`),
}

const abort = new AbortController()
process.once('SIGINT', () => abort.abort(new Error('interrupted')))

try {
  const { values } = parseArgs({
    options: {
      rpc: { type: 'string', multiple: true, default: [] },
      registry: { type: 'string', default: 'registry' },
      snapshot: { type: 'string', default: 'snapshot' },
      'block-tag': { type: 'string', default: 'finalized' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  const blockTag = values['block-tag']
  if (values.help) {
    console.log(USAGE)
  } else if (blockTag !== 'finalized' && blockTag !== 'latest') {
    console.error(`--block-tag must be "finalized" or "latest"\n${USAGE}`)
    process.exitCode = 1
  } else {
    const report = await indexRegistry(
      { logger, signal: abort.signal },
      { registryDir: values.registry, snapshotDir: values.snapshot, rpcArgs: values.rpc, blockTag },
    )
    const code = exitCode(report.chains)
    console.log(summarize(report.chains, code))
    process.exitCode = code
  }
} catch (error) {
  const code = String((error as { code?: unknown } | null)?.code)
  if (abort.signal.aborted) console.error('✗ interrupted; snapshot files already written are complete')
  else if (error instanceof BaseError) console.error(`✗ ${error.message}`)
  else if (code.startsWith('ERR_PARSE_ARGS')) console.error(`✗ ${(error as Error).message}\n${USAGE}`)
  else if (/^E[A-Z]+$/.test(code))
    console.error(`✗ ${(error as Error).message}`) // a file system error
  else console.error(error)
  process.exitCode = 1
}

function exitCode(chains: readonly ChainOutcome[]): number {
  if (chains.some((outcome) => outcome.status === 'rejected')) return 1
  const rpcFailed = chains.some(
    (outcome) =>
      outcome.status === 'unreachable' || (outcome.status === 'indexed' && outcome.rpcFailures > 0),
  )
  return rpcFailed ? 2 : 0
}

function summarize(chains: readonly ChainOutcome[], code: number): string {
  const count = (status: ChainOutcome['status']) =>
    chains.filter((outcome) => outcome.status === status).length
  const stale = chains.reduce((sum, outcome) => sum + ('stale' in outcome ? outcome.stale : 0), 0)
  const leftOut = chains.reduce((sum, outcome) => sum + ('leftOut' in outcome ? outcome.leftOut : 0), 0)
  const mark = code !== 0 ? '✗' : stale + leftOut > 0 ? '⚠' : '✓'
  return (
    `${mark} indexed ${count('indexed')} chain(s), unreachable ${count('unreachable')}, ` +
    `rejected ${count('rejected')}, skipped ${count('skipped')} (no RPC URL); ` +
    `${stale} stale value(s), ${leftOut} left out`
  )
}
