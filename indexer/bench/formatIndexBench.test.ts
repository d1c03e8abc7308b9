import { describe, expect, it } from 'vitest'
import { formatIndexBench, type IndexBenchRun } from './formatIndexBench.ts'

const run = (overrides: Partial<IndexBenchRun>): IndexBenchRun => ({
  wallMs: 2_500,
  httpRequests: 117,
  httpRequestsPerChain: [39, 39, 39],
  httpRequestsWithEthCall: 9,
  ethCalls: 6_000,
  reads: 16_000,
  cacheHits: 0,
  retries: 0,
  contractsWithCode: 9_900,
  tokensDecoded: 1_500,
  ...overrides,
})

describe(formatIndexBench.name, () => {
  it('prints both runs beside their targets', () => {
    const table = formatIndexBench({
      chains: 3,
      projects: 2_000,
      contracts: 10_000,
      tokens: 1_520,
      setupMs: 2_000,
      cold: run({}),
      warm: run({
        wallMs: 350,
        httpRequests: 9,
        httpRequestsPerChain: [3, 3, 3],
        httpRequestsWithEthCall: 3,
        ethCalls: 80,
        cacheHits: 15_800,
      }),
      peakRssMiB: 580.4,
      rssBeforeRunsMiB: 350.2,
      cacheBytes: 2.5 * 2 ** 20,
    })
    expect(table).toMatchInlineSnapshot(`
      "2000 projects, 10000 contracts and 1520 tokens on 3 local anvil chains (setup 2.00 s); peak RSS 580 MiB (350 MiB before reading); cache 2.5 MiB

      | measure | run 1 (empty cache) | run 2 (same block, cache) | target |
      | --- | ---: | ---: | --- |
      | wall time | 2.50 s | 0.35 s | < 60 s for 10000 contracts |
      | HTTP requests | 117 | 9 |  |
      | HTTP requests per chain beyond chain id + block | 37 / 37 / 37 | 1 / 1 / 1 | ≤ 1 per chain on the re-run |
      | eth_calls sent | 6000 | 80 |  |
      | eth_calls per HTTP request carrying eth_call | 666.7 | 26.7 | ≥ 100 |
      | reads per HTTP request (all) | 136.8 | 1777.8 |  |
      | cache hit rate | 0.0 % | 98.8 % |  |
      | retries | 0 | 0 |  |
      | contracts with code / tokens decoded | 9900 / 1500 | 9900 / 1500 | same on both runs |"
    `)
  })
})
