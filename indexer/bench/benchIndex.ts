import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../chain/Logger.ts'
import type { IndexBenchResult } from './formatIndexBench.ts'
import { generateBenchTargets } from './generateBenchTargets.ts'
import { type BenchChain, prepareBenchChain } from './prepareBenchChain.ts'
import { cacheSize, runIndexBench } from './runIndexBench.ts'

/** How big a registry to bench. */
export interface BenchIndexOptions {
  projects: number
  /** A multiple of `projects`: each project lists `contracts / projects` contracts. */
  contracts: number
  chains: number
  seed: number
}

/**
 * The indexer's read benchmark: starts `chains` anvils, fills each with token clones, other contracts and
 * empty addresses (see {@link prepareBenchChain}), generates a registry of `projects` projects listing
 * `contracts` contracts over them, and reads it all twice at the same finalized block: with an empty RPC
 * cache, then with the cache the first run saved (in a temporary folder, removed at the end). RSS is
 * sampled every 20 ms while reading.
 *
 * @returns what was indexed and both runs' measures, for {@link formatIndexBench}.
 * @throws when a chain cannot be prepared or read; the anvils are stopped either way.
 * @example
 * console.log(formatIndexBench(await benchIndex({ logger }, { projects: 2000, contracts: 10_000, chains: 3, seed: 1 })))
 */
export async function benchIndex(
  { logger }: { logger: Logger },
  { projects, contracts, chains: chainCount, seed }: BenchIndexOptions,
): Promise<IndexBenchResult> {
  if (contracts % projects !== 0) throw new Error('contracts must be a multiple of projects')
  const chains: BenchChain[] = []
  const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-bench-rpc-cache-'))
  try {
    const setupStart = performance.now()
    // A chain holds 5 % more than the registry lists; a third are tokens, 1 % have no code.
    const perChain = Math.ceil((contracts / chainCount) * 1.05) + 1
    const eoas = Math.max(1, Math.floor(perChain / 100))
    const tokens = Math.floor(perChain / 3)
    for (let c = 0; c < chainCount; c++) {
      chains.push(
        await prepareBenchChain({ chainId: 31_337 + c, tokens, others: perChain - tokens - eoas, eoas }),
      )
    }
    const setupMs = performance.now() - setupStart
    const generated = generateBenchTargets({
      chains,
      projects,
      contractsPerProject: contracts / projects,
      seed,
    })
    const benchChains = chains.map((chain) => ({
      chainId: chain.chainId,
      url: chain.url,
      targets: generated.targets.get(chain.id) ?? { contracts: [], tokens: [] },
    }))

    const rssBeforeRuns = process.memoryUsage().rss
    let peakRss = rssBeforeRuns
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }, 20)
    try {
      const cold = await runIndexBench({ logger }, { chains: benchChains, cacheDir })
      const warm = await runIndexBench({ logger }, { chains: benchChains, cacheDir })
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
      return {
        chains: chains.length,
        projects: generated.projects.length,
        contracts: benchChains.reduce((n, chain) => n + chain.targets.contracts.length, 0),
        tokens: benchChains.reduce((n, chain) => n + chain.targets.tokens.length, 0),
        setupMs,
        cold,
        warm,
        peakRssMiB: peakRss / 2 ** 20,
        rssBeforeRunsMiB: rssBeforeRuns / 2 ** 20,
        cacheBytes: await cacheSize(
          cacheDir,
          chains.map((chain) => chain.chainId),
        ),
      }
    } finally {
      clearInterval(sampler)
    }
  } finally {
    await Promise.all(chains.map((chain) => chain.stop()))
    await rm(cacheDir, { recursive: true, force: true })
  }
}
