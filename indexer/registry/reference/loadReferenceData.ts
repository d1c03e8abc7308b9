import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as viemChains from 'viem/chains'
import type { ReferenceChain, ReferenceData, ReferenceToken } from './crossCheckReference.ts'

const require = createRequire(import.meta.url)

/**
 * Reads the public lists the registry is cross-checked against, from pinned npm packages (no network):
 * `viem/chains` for chain metadata and `@uniswap/default-token-list` for tokens. Testnets are left out.
 *
 * @returns the lists, labelled with the package and version they came from.
 */
export async function loadReferenceData(): Promise<ReferenceData> {
  const chains: ReferenceChain[] = []
  for (const chain of Object.values(viemChains) as Array<Partial<viemChains.Chain> | undefined>) {
    if (!chain || typeof chain.id !== 'number' || chain.testnet) continue
    // Some chains are exported under two names; the first is the canonical one.
    if (chains.some((known) => known.id === chain.id)) continue
    chains.push({
      id: chain.id,
      name: chain.name ?? '',
      ...(chain.blockExplorers?.default.url ? { explorer: chain.blockExplorers.default.url } : {}),
      ...(chain.contracts?.multicall3?.address ? { multicall3: chain.contracts.multicall3.address } : {}),
    })
  }
  const tokenListPath = require.resolve('@uniswap/default-token-list')
  const tokenList = JSON.parse(await readFile(tokenListPath, 'utf8')) as {
    version: { major: number; minor: number; patch: number }
    tokens: ReferenceToken[]
  }
  const viemVersion = (require('viem/package.json') as { version: string }).version
  const { major, minor, patch } = tokenList.version
  return {
    chains: { label: `viem/chains ${viemVersion}`, entries: chains },
    tokens: { label: `@uniswap/default-token-list ${major}.${minor}.${patch}`, entries: tokenList.tokens },
  }
}
