#!/usr/bin/env node
/**
 * `npm run index -- [--rpc <chainId>=<url> …] [--chain <id> …] [--at <block>] [--summary] [--check]
 *   [--registry <dir>] [--snapshot <dir>] [--block-tag finalized|latest] [--cache <dir> | --no-cache]`:
 * reads each chain that has an RPC URL at one pinned block and updates its snapshot and change history.
 *
 * Reads: registry/ (or --registry), snapshot/<chain>.json and <chain>.history.json (or --snapshot), each
 *   chain's JSON-RPC endpoint, package.json (the indexer version recorded in each snapshot).
 * Writes: snapshot/<chain>.json for each chain with an RPC URL (atomically; untouched when unchanged), and
 *   appends what changed to snapshot/<chain>.history.json. Chains without an RPC URL keep their files.
 *   RPC answers at the pinned block go to .cache/rpc/<chainId>.json (or --cache; --no-cache for none), so a
 *   re-run at the same finalized block sends almost nothing.
 *   --chain <id|chainId> reads only those chains. --at <block> (with one --chain) reads at that block to
 *   reproduce the snapshot written there, and leaves the history alone. --summary prints what changed since
 *   the previous snapshot. --check reads no chain and writes nothing: it checks that every snapshot was
 *   made from the registry as it is now. --list-chains prints the registry's chain ids as JSON (for a CI matrix).
 * Env: RPC_URL_<CHAIN> as named by `rpcEnv` in registry/chains.yaml; `--rpc <chainId>=<url>` wins over it.
 *   URLs are never printed (they often hold API keys). A progress line is drawn on a terminal stderr
 *   unless CI is set.
 * Exit codes: 0 every chain with an RPC URL was read (--check: every snapshot is current);
 *   1 invalid input: bad arguments, an invalid registry or snapshot, an RPC URL serving the wrong chain (and
 *     any unexpected error); --check: a snapshot is outdated;
 *   2 an RPC failure: values that could not be read were kept from the previous snapshot with stale marks
 *     (with --at: the block could not be read, e.g. the chain has not reached it, and nothing was written).
 */
import { parseArgs } from 'node:util'
import { createTerminalProgress } from './chain/createTerminalProgress.ts'
import { BaseError } from './errors/BaseError.ts'
import { type ChainOutcome, indexRegistry } from './indexRegistry.ts'
import { loadRegistry } from './registry/loadRegistry.ts'
import { checkSnapshots } from './snapshot/checkSnapshots.ts'
import { formatChangeSummary } from './snapshot/formatChangeSummary.ts'

const USAGE =
  'usage: npm run index -- [--rpc <chainId>=<url> …] [--chain <id> …] [--at <block>] [--summary] [--check] [--cache <dir> | --no-cache] ' +
  '[--registry <dir>] [--snapshot <dir>] [--block-tag finalized|latest]'

const progress = createTerminalProgress(process.stderr, process.env)
const logger = {
  info: (message: string) => {
    progress.clear()
    console.log(message)
  },
  warn: (message: string) => {
    progress.clear()
    console.error(`warning: ${message}`)
  },
}

const abort = new AbortController()
process.once('SIGINT', () => abort.abort(new Error('interrupted')))

try {
  const { values } = parseArgs({
    options: {
      rpc: { type: 'string', multiple: true, default: [] },
      chain: { type: 'string', multiple: true, default: [] },
      at: { type: 'string' },
      summary: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'list-chains': { type: 'boolean', default: false },
      registry: { type: 'string', default: 'registry' },
      snapshot: { type: 'string', default: 'snapshot' },
      'block-tag': { type: 'string', default: 'finalized' },
      cache: { type: 'string', default: '.cache/rpc' },
      'no-cache': { type: 'boolean', default: false },
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
  } else if (values.at !== undefined && !/^\d+$/.test(values.at)) {
    console.error(`--at must be a block number, e.g. --at 21000000\n${USAGE}`)
    process.exitCode = 1
  } else if (values['list-chains']) {
    // The scheduled workflow's matrix: one job per chain, so indexing spreads over runners.
    const { chains } = await loadRegistry(values.registry)
    console.log(JSON.stringify(chains.map((chain) => chain.id)))
  } else if (values.check) {
    const { chains } = await checkSnapshots({ registryDir: values.registry, snapshotDir: values.snapshot })
    for (const check of chains) {
      const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`
      const drift = `${entries(check.notInSnapshot)} of the registry not in it, ${entries(check.notInRegistry)} no longer listed`
      if (check.status === 'current') console.log(`✓ ${check.file} matches the registry`)
      else if (check.status === 'missing') console.log(`· ${check.file}: not indexed yet (${drift})`)
      else console.error(`✗ ${check.file} was made from another registry (${drift})`)
    }
    if (chains.some((check) => check.status === 'outdated')) {
      console.error('✗ the data PR is due: run `npm run index` with RPC URLs and commit snapshot/')
      process.exitCode = 1
    }
  } else {
    const report = await indexRegistry(
      { logger, signal: abort.signal, progress: (update) => progress.update(update) },
      {
        registryDir: values.registry,
        snapshotDir: values.snapshot,
        rpcArgs: values.rpc,
        blockTag,
        chains: values.chain,
        ...(values.at !== undefined ? { at: Number(values.at) } : {}),
        ...(values['no-cache'] ? {} : { cacheDir: values.cache }),
      },
    )
    progress.clear()
    const code = exitCode(report.chains)
    if (values.summary) console.log(formatChangeSummary(report.chains))
    console.log(summarize(report.chains, code))
    process.exitCode = code
  }
} catch (error) {
  progress.clear()
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
