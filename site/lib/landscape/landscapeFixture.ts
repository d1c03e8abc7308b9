import type { ChainSnapshot } from '../../../indexer/snapshot/snapshotSchema.ts'
import { writeAtlasRoot } from '../test/writeAtlasRoot.ts'

export const FACTORY = '0x1F98431c8aD98523631AE4a59f267346ea31F984'
export const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'

const files: Record<string, string> = {
  'registry/categories.yaml': `categories:
  - id: layer-1
    name: Layer 1 chains
    description: Chains.
  - id: dex
    name: Decentralized exchanges
    description: Swaps.
    subcategories:
      - { id: amm, name: Automated market makers }
      - { id: aggregator, name: Aggregators }
      - { id: order-book, name: Order books }
  - { id: wallet, name: Wallets, description: Keys. }
`,
  'registry/chains.yaml': `chains:
  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }
  - { id: base, chainId: 8453, name: Base, explorer: 'https://basescan.org/address/{address}', rpcEnv: RPC_URL_BASE }
  - { id: gnosis, chainId: 100, name: Gnosis, explorer: 'https://gnosisscan.io/address/{address}', rpcEnv: RPC_URL_GNOSIS }
`,
  'registry/projects/ethereum.yaml': `name: Ethereum
description: A chain.
category: layer-1
website: https://ethereum.org
chains: [ethereum]
sources: [https://ethereum.org]
`,
  'registry/projects/uniswap.yaml': `name: Uniswap
description: Swaps.
category: dex
subcategory: amm
website: https://uniswap.org
ens: uniswap.eth
tags: [amm]
chains: [ethereum, base]
contracts:
  - { chain: ethereum, address: '${FACTORY}', label: Factory, role: factory, source: https://docs.uniswap.org }
tokens:
  - { chain: ethereum, address: '${UNI}', symbol: UNI, source: https://etherscan.io }
relations:
  - { type: built-on, target: ethereum }
sources: [https://uniswap.org]
`,
  'registry/projects/cowswap.yaml': `name: CoW Swap
description: Batch auctions.
category: dex
website: https://cow.fi
status: deprecated
chains: [ethereum]
relations:
  - { type: integrates, target: uniswap }
sources: [https://cow.fi]
`,
  'registry/projects/1inch.yaml': `name: 1inch
description: Aggregator.
category: dex
subcategory: aggregator
website: https://1inch.io
chains: [ethereum]
sources: [https://1inch.io]
`,
}

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
      control: {
        kind: 'timelock',
        owner: { address: `0x${'1'.repeat(40)}`, kind: 'timelock', minDelay: 172800 },
      },
    },
  },
  tokens: {
    [UNI]: { name: 'Uniswap', symbol: 'UNI', decimals: 18, totalSupply: '1000' },
  },
  ens: {
    'uniswap.eth': {
      owner: { address: `0x${'2'.repeat(40)}`, kind: 'safe', threshold: 2, owners: 3 },
      primary: false,
      contenthash: { codec: 'ipfs', value: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi' },
    },
  },
}

/**
 * Writes a small registry (three categories, one with subcategories, one left empty) and an Ethereum
 * snapshot with control facts and an ENS contenthash into a new temporary folder, for `loadAtlas`.
 * @returns the folder; the caller removes it
 */
export async function writeLandscapeFixture(): Promise<string> {
  return writeAtlasRoot('landscape-', files, [snapshot])
}
