import { stat } from 'node:fs/promises'
import { Interface } from 'ethers'
import { erc20Abi, MULTICALL3_ADDRESS } from '../../contracts-abi/index.ts'
import type { Logger } from '../chain/Logger.ts'
import { createChainReader } from '../rpc/createChainReader.ts'
import { RpcCache } from '../rpc/RpcCache.ts'
import type { IndexBenchRun } from './formatIndexBench.ts'
import type { BenchChainTargets } from './generateBenchTargets.ts'

const erc20 = new Interface(erc20Abi)
const ERC20_READS = ['name', 'symbol', 'decimals', 'totalSupply'] as const

/** A chain to index: where it is, and what to read there. */
export interface IndexBenchChain {
  chainId: number
  url: string
  targets: BenchChainTargets
}

/**
 * Runs the chain reader end to end over every chain at once, the way the indexer will: the code of every
 * contract and the four ERC-20 reads of every token (via `callMany`, so Multicall3), each chain with its
 * own RPC cache in `cacheDir`, loaded before and saved after. Counts HTTP requests by wrapping `fetch`.
 *
 * @returns what the run measured.
 * @throws whatever the reader throws (RpcRequestFailedError, ChainIdMismatchError).
 * @example
 * const run = await runIndexBench({ logger }, { chains, cacheDir })
 */
export async function runIndexBench(
  { logger }: { logger: Logger },
  { chains, cacheDir }: { chains: readonly IndexBenchChain[]; cacheDir: string },
): Promise<IndexBenchRun> {
  const started = performance.now()
  const perChain = await Promise.all(chains.map((chain) => indexChain(logger, chain, cacheDir)))
  const sum = (pick: (run: (typeof perChain)[number]) => number) =>
    perChain.reduce((a, run) => a + pick(run), 0)
  return {
    wallMs: performance.now() - started,
    httpRequests: sum((run) => run.stats.httpRequests),
    httpRequestsPerChain: perChain.map((run) => run.stats.httpRequests),
    httpRequestsWithEthCall: sum((run) => run.withEthCall),
    ethCalls: sum((run) => run.stats.ethCalls),
    reads: sum((run) => run.reads),
    cacheHits: sum((run) => run.stats.cacheHits),
    retries: sum((run) => run.stats.retries),
    contractsWithCode: sum((run) => run.contractsWithCode),
    tokensDecoded: sum((run) => run.tokensDecoded),
  }
}

async function indexChain(logger: Logger, { chainId, url, targets }: IndexBenchChain, cacheDir: string) {
  let withEthCall = 0
  const counting: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string' && init.body.includes('"method":"eth_call"')) withEthCall++
    return fetch(input, init)
  }
  const cache = await RpcCache.load({ logger }, { dir: cacheDir, chainId })
  const reader = await createChainReader({
    urls: [url],
    chainId,
    chain: `bench-${chainId}`,
    logger,
    cache,
    fetch: counting,
    multicall3: MULTICALL3_ADDRESS,
  })
  const calls = targets.tokens.flatMap((to) =>
    ERC20_READS.map((name) => ({ to, data: erc20.encodeFunctionData(name) })),
  )
  const [codes, results] = await Promise.all([reader.getCodes(targets.contracts), reader.callMany(calls)])
  await cache.save()
  let tokensDecoded = 0
  for (let t = 0; t < targets.tokens.length; t++) {
    const four = results.slice(t * 4, t * 4 + 4)
    if (!four.every((result) => result.success)) continue
    try {
      for (const [i, name] of ERC20_READS.entries())
        erc20.decodeFunctionResult(name, four[i]?.returnData ?? '0x')
      tokensDecoded++
    } catch {
      // Not an ERC-20 after all: counted as not decoded.
    }
  }
  return {
    stats: reader.stats(),
    withEthCall,
    reads: targets.contracts.length + calls.length,
    contractsWithCode: codes.filter((code) => code !== '0x').length,
    tokensDecoded,
  }
}

/** Total size of the cache files the runs wrote, in bytes. */
export async function cacheSize(cacheDir: string, chainIds: readonly number[]): Promise<number> {
  const sizes = await Promise.all(
    chainIds.map((chainId) =>
      stat(`${cacheDir}/${chainId}.json`).then(
        (file) => file.size,
        () => 0,
      ),
    ),
  )
  return sizes.reduce((a, b) => a + b, 0)
}
