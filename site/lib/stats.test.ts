import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChainSnapshot } from '../../indexer/snapshot/snapshotSchema.ts'
import { loadAtlas } from './loadAtlas.ts'
import { computeStats } from './stats.ts'
import { writeAtlasRoot } from './test/writeAtlasRoot.ts'

const FACTORY = '0x1F98431c8aD98523631AE4a59f267346ea31F984'
const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'
const POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const SAFE = '0x0000000000000000000000000000000000000A11'

const project = (slug: string, body: string) => ({
  [`registry/projects/${slug}.yaml`]: `name: ${slug}\ndescription: Text.\nwebsite: https://${slug}.org\nsources: [https://${slug}.org]\n${body}`,
})

// Four categories (one empty), two chains, five projects, three relation types.
const files: Record<string, string> = {
  'registry/categories.yaml': `categories:
  - { id: layer-1, name: Layer 1 chains, description: Chains. }
  - { id: dex, name: Decentralized exchanges, description: Swaps. }
  - { id: lending, name: Lending, description: Loans. }
  - { id: wallet, name: Wallets, description: Keys. }
`,
  'registry/chains.yaml': `chains:
  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }
  - { id: base, chainId: 8453, name: Base, explorer: 'https://basescan.org/address/{address}', rpcEnv: RPC_URL_BASE }
`,
  ...project('ethereum', 'category: layer-1\nchains: [ethereum]\nlaunched: 2015-07-30\n'),
  ...project(
    'base',
    'category: layer-1\nchains: [base]\nlaunched: 2023\nrelations: [{ type: built-on, target: ethereum }]\n',
  ),
  ...project(
    'uniswap',
    `category: dex
chains: [ethereum, base]
launched: 2018-11
contracts:
  - { chain: ethereum, address: '${FACTORY}', label: Factory, role: factory, source: https://docs.uniswap.org }
  - { chain: ethereum, address: '${POOL}', label: Pool, role: other, source: https://docs.uniswap.org }
  - { chain: base, address: '${POOL}', label: Other, role: other, source: https://docs.uniswap.org }
tokens:
  - { chain: ethereum, address: '${UNI}', symbol: UNI, source: https://etherscan.io }
  - { chain: base, address: '${UNI}', symbol: UNI, source: https://basescan.org }
relations: [{ type: built-on, target: ethereum }, { type: built-on, target: base }]
`,
  ),
  ...project(
    'aave',
    `category: lending\nchains: [ethereum]\nlaunched: 2020\nstatus: deprecated
tokens: [{ chain: ethereum, address: '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9', symbol: AAVE, source: https://etherscan.io }]
relations: [{ type: integrates, target: uniswap }, { type: governs, target: uniswap }]
`,
  ),
  ...project(
    'sushi',
    'category: dex\nstatus: exploited\nrelations: [{ type: integrates, target: uniswap }]\n',
  ),
}

// Ethereum is read: the factory is confirmed and owned by a Safe, the pool holds no code.
const snapshot: ChainSnapshot = {
  version: 2,
  chain: 'ethereum',
  chainId: 1,
  block: { number: 21000000, hash: '0xab', timestamp: 1700000000 },
  registryHash: 'a'.repeat(64),
  contracts: {
    [FACTORY]: {
      hasCode: true,
      codeHash: '0x12',
      control: { kind: 'safe', owner: { address: SAFE, kind: 'safe' } },
    },
    [POOL]: { hasCode: false },
  },
  tokens: {},
}

let root: string
beforeAll(async () => {
  root = await writeAtlasRoot('atlas-stats-', files, [snapshot])
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe(computeStats.name, () => {
  it('counts projects per category, most first, every category listed, the counts summing to the projects', async () => {
    const stats = computeStats(await loadAtlas({ rootDir: root }))
    expect(stats.projectCount).toBe(5)
    expect(stats.categories).toEqual([
      { key: 'layer-1', name: 'Layer 1 chains', index: 0, count: 2 },
      { key: 'dex', name: 'Decentralized exchanges', index: 1, count: 2 },
      { key: 'lending', name: 'Lending', index: 2, count: 1 },
      { key: 'wallet', name: 'Wallets', index: 3, count: 0 },
    ])
    expect(stats.categories.reduce((sum, entry) => sum + entry.count, 0)).toBe(stats.projectCount)
  })

  it('counts projects per chain and tokens per chain, ties by name, and projects without a chain', async () => {
    const stats = computeStats(await loadAtlas({ rootDir: root }))
    expect(stats.chains).toEqual([
      { key: 'ethereum', name: 'Ethereum', count: 3 },
      { key: 'base', name: 'Base', count: 2 },
    ])
    expect(stats.withoutChain).toBe(1)
    expect(stats.tokens).toEqual([
      { key: 'ethereum', name: 'Ethereum', count: 2 },
      { key: 'base', name: 'Base', count: 1 },
    ])
  })

  it('counts relations per type and projects per status, in a stable order', async () => {
    const stats = computeStats(await loadAtlas({ rootDir: root }))
    expect(stats.relations.slice(0, 3)).toEqual([
      { key: 'built-on', count: 3 },
      { key: 'integrates', count: 2 },
      { key: 'governs', count: 1 },
    ])
    expect(stats.relations.slice(3).every((entry) => entry.count === 0)).toBe(true)
    expect(stats.relations).toHaveLength(8)
    expect(stats.statuses).toEqual([
      { key: 'active', count: 3 },
      { key: 'deprecated', count: 1 },
      { key: 'sunset', count: 0 },
      { key: 'exploited', count: 1 },
    ])
  })

  it('counts launches per year with the empty years in between, and the undated projects', async () => {
    const stats = computeStats(await loadAtlas({ rootDir: root }))
    expect(stats.launches.map((entry) => entry.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ])
    expect(stats.launches.filter((entry) => entry.count > 0)).toEqual([
      { year: 2015, count: 1 },
      { year: 2018, count: 1 },
      { year: 2020, count: 1 },
      { year: 2023, count: 1 },
    ])
    expect(stats.undated).toBe(1)
  })

  it('sorts contracts by what the snapshots say, and counts control kinds of the confirmed ones', async () => {
    const stats = computeStats(await loadAtlas({ rootDir: root }))
    expect(stats.contracts).toEqual({
      total: 3,
      statuses: [
        { key: 'confirmed', count: 1 },
        { key: 'no-code', count: 1 },
        { key: 'unconfirmed', count: 1 },
      ],
      control: [{ key: 'safe', count: 1 }],
    })
  })

  it('gives the same numbers in the same order every time', async () => {
    const atlas = await loadAtlas({ rootDir: root })
    expect(JSON.stringify(computeStats(atlas))).toBe(JSON.stringify(computeStats(atlas)))
  })
})
