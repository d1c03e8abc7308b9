import { describe, expect, it } from 'vitest'
import { benchIndex } from './benchIndex.ts'
import { formatIndexBench } from './formatIndexBench.ts'

describe(benchIndex.name, () => {
  it('reads a generated registry on local chains twice; the re-run at the same block is answered from the cache', async () => {
    const warnings: string[] = []
    const result = await benchIndex(
      { logger: { info: () => {}, warn: (message) => warnings.push(message) } },
      { projects: 20, contracts: 200, chains: 2, seed: 1 },
    )
    const { cold, warm } = result
    expect(result).toMatchObject({ chains: 2, projects: 20, contracts: 200 })
    expect(warnings).toEqual([])
    // Every token of the generated registry is a real ERC-20 clone; two of the 200 addresses have no code.
    expect(cold.tokensDecoded).toBe(result.tokens)
    expect(cold.contractsWithCode).toBe(198)
    expect(cold.ethCalls).toBe(result.tokens * 4)
    expect(cold.httpRequests).toBeLessThan(cold.reads / 10)

    expect([warm.contractsWithCode, warm.tokensDecoded]).toEqual([cold.contractsWithCode, cold.tokensDecoded])
    expect(warm.ethCalls).toBe(0)
    // chain id, block, and one batch asking again for the code of the addresses that have none
    expect(warm.httpRequestsPerChain).toEqual([3, 3])
    expect(formatIndexBench(result)).toContain('| HTTP requests per chain beyond chain id + block |')
  })
})
