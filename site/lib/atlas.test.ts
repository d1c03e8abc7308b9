import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChainSnapshot } from '../../indexer/snapshot/snapshotSchema.ts'
import { explorerUrl } from './atlas.ts'
import { loadAtlas } from './loadAtlas.ts'
import { writeAtlasRoot } from './test/writeAtlasRoot.ts'

const FACTORY = '0x1F98431c8aD98523631AE4a59f267346ea31F984'
const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'
const POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'

const files: Record<string, string> = {
  'registry/categories.yaml': `categories:
  - { id: layer-1, name: Layer 1 chains, description: Chains. }
  - { id: dex, name: Decentralized exchanges, description: Swaps. }
  - { id: lending, name: Lending, description: Loans. }
  - { id: wallet, name: Wallets, description: Keys. }
`,
  'registry/chains.yaml': `chains:
  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }
  - { id: base, chainId: 8453, name: Base, explorer: 'https://basescan.org/address/%7Baddress%7D', rpcEnv: RPC_URL_BASE }
`,
  'registry/projects/ethereum.yaml': `name: Ethereum
description: A chain.
category: layer-1
website: https://ethereum.org
chains: [ethereum]
sources: [https://ethereum.org]
`,
  'registry/projects/uniswap.yaml': `name: Uniswap <b>
description: Swaps & pools.
category: dex
website: https://uniswap.org
chains: [ethereum, base]
contracts:
  - { chain: ethereum, address: '${FACTORY}', label: Factory, role: factory, source: https://docs.uniswap.org }
  - { chain: base, address: '${POOL}', label: Other, role: other, source: https://docs.uniswap.org }
tokens:
  - { chain: ethereum, address: '${UNI}', symbol: UNI, source: https://etherscan.io }
relations:
  - { type: built-on, target: ethereum }
sources: [https://uniswap.org]
`,
  'registry/projects/aave.yaml': `name: aave
description: Loans.
category: lending
website: https://aave.com
relations:
  - { type: integrates, target: uniswap }
  - { type: built-on, target: ethereum }
sources: [https://aave.com]
`,
}

const snapshot: ChainSnapshot = {
  version: 1,
  chain: 'ethereum',
  chainId: 1,
  block: { number: 21000000, hash: '0xab', timestamp: 1700000000 },
  registryHash: 'a'.repeat(64),
  contracts: { [FACTORY]: { hasCode: true, codeHash: '0x12' } },
  tokens: {
    [UNI]: { name: 'Uniswap', symbol: 'UNI', decimals: 18, totalSupply: '1000000000000000000000000000' },
  },
}

let root: string
beforeAll(async () => {
  const base: ChainSnapshot = {
    ...snapshot,
    chain: 'base',
    chainId: 8453,
    block: { number: 300, hash: '0xcd', timestamp: 1700000500 },
    contracts: { [POOL]: { hasCode: false, stale: { reason: 'RPC timeout', sinceBlock: 250 } } },
    tokens: {},
  }
  root = await writeAtlasRoot('atlas-', files, [snapshot, base])
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('loadAtlas', () => {
  it('loads once and returns the same object to every caller', async () => {
    const a = loadAtlas({ rootDir: root })
    expect(loadAtlas({ rootDir: root })).toBe(a)
    const atlas = await a
    expect(atlas.registry.projects.map((project) => project.slug)).toEqual(['aave', 'ethereum', 'uniswap'])
    expect(Object.keys(atlas.snapshots)).toEqual(['base', 'ethereum'])
    expect(atlas.layout.nodes).toHaveLength(3)
  })

  it('groups every category in registry order, projects by name, empty ones included', async () => {
    const atlas = await loadAtlas({ rootDir: root })
    expect(
      atlas.groups.map((group) => [group.category.id, group.projects.map((project) => project.slug)]),
    ).toEqual([
      ['layer-1', ['ethereum']],
      ['dex', ['uniswap']],
      ['lending', ['aave']],
      ['wallet', []],
    ])
  })

  it('derives relations both ways, chain names, explorer links and on-chain status', async () => {
    const atlas = await loadAtlas({ rootDir: root })
    const uniswap = atlas.projects.find((view) => view.project.slug === 'uniswap')
    expect(uniswap?.outgoing).toEqual([
      { type: 'built-on', verb: 'built on', other: { slug: 'ethereum', name: 'Ethereum' } },
    ])
    expect(uniswap?.incoming).toEqual([
      { type: 'integrates', verb: 'integrates', other: { slug: 'aave', name: 'aave' } },
    ])
    expect(uniswap?.neighbours).toEqual(['aave', 'ethereum'])
    expect(uniswap?.chains).toEqual([
      { id: 'ethereum', name: 'Ethereum' },
      { id: 'base', name: 'Base' },
    ])
    expect(uniswap?.contracts.map((c) => [c.explorerUrl, c.status])).toEqual([
      [
        `https://etherscan.io/address/${FACTORY}`,
        { kind: 'confirmed', block: 21000000, blockTimestamp: 1700000000 },
      ],
      [
        `https://basescan.org/address/${POOL}`,
        {
          kind: 'no-code',
          block: 300,
          blockTimestamp: 1700000500,
          stale: { reason: 'RPC timeout', sinceBlock: 250 },
        },
      ],
    ])
    expect(uniswap?.tokens[0]?.facts?.decimals).toBe(18)
    const ethereum = atlas.projects.find((view) => view.project.slug === 'ethereum')
    expect(ethereum?.incoming.map((relation) => relation.other.slug)).toEqual(['aave', 'uniswap'])
    expect(ethereum?.outgoing).toEqual([])
  })
})

describe('explorerUrl', () => {
  it('fills in {address} in either spelling', () => {
    expect(explorerUrl({ explorer: 'https://x.example/a/{address}' }, '0xabc')).toBe(
      'https://x.example/a/0xabc',
    )
    expect(explorerUrl({ explorer: 'https://x.example/a/%7Baddress%7D#code' }, '0xabc')).toBe(
      'https://x.example/a/0xabc#code',
    )
  })
})
