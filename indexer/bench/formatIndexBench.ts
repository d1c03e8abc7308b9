/** What one end-to-end run of the reader over every bench chain measured. */
export interface IndexBenchRun {
  wallMs: number
  /** HTTP POSTs, over all chains, and per chain in chain order. */
  httpRequests: number
  httpRequestsPerChain: number[]
  /** HTTP POSTs that carried at least one `eth_call`. */
  httpRequestsWithEthCall: number
  /** Contract calls sent to the nodes (each call packed into `aggregate3` counts once). */
  ethCalls: number
  /** Reads asked for (code per contract, four calls per token) and how many the cache answered. */
  reads: number
  cacheHits: number
  retries: number
  contractsWithCode: number
  tokensDecoded: number
}

/** The whole bench: what was indexed, both runs, memory and cache size. */
export interface IndexBenchResult {
  chains: number
  projects: number
  contracts: number
  tokens: number
  setupMs: number
  cold: IndexBenchRun
  warm: IndexBenchRun
  /** Peak RSS while reading, and RSS when reading began (after setup, which loads solc-js). */
  peakRssMiB: number
  rssBeforeRunsMiB: number
  cacheBytes: number
}

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(1))
const percent = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/**
 * Renders the bench as a Markdown table: each measure for the cold run and the warm re-run at the same
 * block, beside its target. Pure.
 *
 * @returns the table, preceded by one line saying what was indexed.
 * @example
 * console.log(formatIndexBench(result))
 */
export function formatIndexBench(result: IndexBenchResult): string {
  const { cold, warm } = result
  const perCall = (run: IndexBenchRun) => ratio(run.ethCalls, run.httpRequestsWithEthCall)
  const perChainExtra = warm.httpRequestsPerChain.map((n) => n - 2)
  const rows: Array<[string, string, string, string]> = [
    ['wall time', seconds(cold.wallMs), seconds(warm.wallMs), `< 60 s for ${result.contracts} contracts`],
    ['HTTP requests', String(cold.httpRequests), String(warm.httpRequests), ''],
    [
      'HTTP requests per chain beyond chain id + block',
      cold.httpRequestsPerChain.map((n) => n - 2).join(' / '),
      perChainExtra.join(' / '),
      '≤ 1 per chain on the re-run',
    ],
    ['eth_calls sent', String(cold.ethCalls), String(warm.ethCalls), ''],
    ['eth_calls per HTTP request carrying eth_call', perCall(cold), perCall(warm), '≥ 100'],
    [
      'reads per HTTP request (all)',
      ratio(cold.reads, cold.httpRequests),
      ratio(warm.reads, warm.httpRequests),
      '',
    ],
    ['cache hit rate', percent(cold.cacheHits, cold.reads), percent(warm.cacheHits, warm.reads), ''],
    ['retries', String(cold.retries), String(warm.retries), ''],
    [
      'contracts with code / tokens decoded',
      `${cold.contractsWithCode} / ${cold.tokensDecoded}`,
      `${warm.contractsWithCode} / ${warm.tokensDecoded}`,
      'same on both runs',
    ],
  ]
  return [
    `${result.projects} projects, ${result.contracts} contracts and ${result.tokens} tokens on ${result.chains} local anvil chains ` +
      `(setup ${seconds(result.setupMs)}); peak RSS ${result.peakRssMiB.toFixed(0)} MiB ` +
      `(${result.rssBeforeRunsMiB.toFixed(0)} MiB before reading); ` +
      `cache ${(result.cacheBytes / 2 ** 20).toFixed(1)} MiB`,
    '',
    '| measure | run 1 (empty cache) | run 2 (same block, cache) | target |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}
