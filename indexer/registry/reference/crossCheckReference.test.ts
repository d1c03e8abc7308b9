import { describe, expect, it } from 'vitest'
import type { Chain, Project } from '../../model/schema.ts'
import { formatProblem } from '../Problem.ts'
import { validateRegistry } from '../validateRegistry.ts'
import { crossCheckReference, type ReferenceData } from './crossCheckReference.ts'
import { loadReferenceData } from './loadReferenceData.ts'

const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'
const MULTICALL3 = '0xcA11bde05977b3631167028862bE2a173976CA11'

const reference: ReferenceData = {
  chains: {
    label: 'the chain list',
    entries: [
      { id: 1, name: 'Ethereum', explorer: 'https://etherscan.io', multicall3: MULTICALL3.toLowerCase() },
      { id: 8453, name: 'Base', explorer: 'https://basescan.org', multicall3: MULTICALL3 },
    ],
  },
  tokens: {
    label: 'the token list',
    entries: [{ chainId: 1, address: UNI.toLowerCase(), symbol: 'UNI', name: 'Uniswap', decimals: 18 }],
  },
}

const chain = (overrides: Partial<Chain>): Chain =>
  ({
    id: 'ethereum',
    chainId: 1,
    name: 'Ethereum',
    explorer: 'https://etherscan.io/address/{address}',
    rpcEnv: 'RPC_URL_ETHEREUM',
    multicall3: MULTICALL3,
    ...overrides,
  }) as Chain
const tokenProject = (token: Record<string, unknown>) =>
  ({
    slug: 'uniswap',
    tokens: [{ chain: 'ethereum', address: UNI, symbol: 'UNI', source: 'https://etherscan.io', ...token }],
  }) as unknown as Project

describe(crossCheckReference.name, () => {
  it('finds nothing when the registry agrees with both lists, whatever the address case', () => {
    expect(
      crossCheckReference(
        { chains: [chain({})], projects: [tokenProject({ decimals: 18, name: 'Uniswap' })] },
        reference,
      ),
    ).toEqual([])
  })

  it('names both values for a chain whose explorer, Multicall3 or name disagrees', () => {
    const wrong = chain({
      id: 'base',
      chainId: 8453,
      name: 'Blast',
      explorer: 'https://blastscan.io/address/{address}',
      multicall3: '0xF9cda624FBC7e059355ce98a31693d299FACd963',
    } as Partial<Chain>)
    expect(crossCheckReference({ chains: [chain({}), wrong], projects: [] }, reference)).toEqual([
      expect.objectContaining({
        path: ['chains', 1, 'name'],
        message: 'name "Blast" differs from the chain list: "Base"',
      }),
      expect.objectContaining({
        path: ['chains', 1, 'explorer'],
        message: 'explorer host blastscan.io differs from the chain list: basescan.org',
      }),
      expect.objectContaining({
        path: ['chains', 1, 'multicall3'],
        message: `multicall3 0xF9cda624FBC7e059355ce98a31693d299FACd963 differs from the chain list: ${MULTICALL3}`,
      }),
    ])
  })

  it('reports a chain id the list does not know', () => {
    expect(
      crossCheckReference({ chains: [chain({ chainId: 999_999_999 })], projects: [] }, reference),
    ).toEqual([expect.objectContaining({ message: 'chain id 999999999 is not in the chain list' })])
  })

  it('names both values for a token whose symbol, decimals or name disagrees, and skips unknown tokens', () => {
    const mismatches = crossCheckReference(
      {
        chains: [chain({})],
        projects: [
          tokenProject({ symbol: 'UNl', decimals: 6, name: 'Uniswap Token' }),
          { ...tokenProject({ address: MULTICALL3 }), slug: 'other' } as Project,
        ],
      },
      reference,
    )
    expect(mismatches.map(({ subject, message }) => `${subject}: ${message}`)).toEqual([
      'uniswap: symbol "UNl" differs from the token list: "UNI"',
      'uniswap: decimals 6 differs from the token list: 18',
      'uniswap: name "Uniswap Token" differs from the token list: "Uniswap"',
    ])
  })
})

describe('validateRegistry with reference lists', () => {
  it('reports disagreements as warnings at the field, keeping the registry', () => {
    const { registry, problems } = validateRegistry(
      {
        categories: {
          path: 'registry/categories.yaml',
          text: 'categories:\n  - { id: dex, name: DEXs, description: Swaps. }\n',
        },
        chains: {
          path: 'registry/chains.yaml',
          text: `chains:\n  - id: ethereum\n    chainId: 1\n    name: Ethereum\n    explorer: https://etherscan.io/address/{address}\n    rpcEnv: RPC_URL_ETHEREUM\n    multicall3: '0xF9cda624FBC7e059355ce98a31693d299FACd963'\n`,
        },
        projects: [
          {
            path: 'registry/projects/uniswap.yaml',
            text: `name: Uniswap\ndescription: Swaps.\ncategory: dex\nwebsite: https://uniswap.org\ntokens:\n  - { chain: ethereum, address: '${UNI}', symbol: UNI, decimals: 8, source: https://etherscan.io }\nsources: [https://uniswap.org]\n`,
          },
        ],
      },
      reference,
    )
    expect(registry).toBeDefined()
    expect(problems.map(formatProblem)).toEqual([
      `registry/chains.yaml:7:17  chains[0].multicall3  warning: multicall3 0xF9cda624FBC7e059355ce98a31693d299FACd963 differs from the chain list: ${MULTICALL3.toLowerCase()} → check both against the chain's own documentation and correct whichever is wrong`,
      `registry/projects/uniswap.yaml:6:102  tokens[0].decimals  warning: decimals 8 differs from the token list: 18 → read decimals() on the token contract (ethereum ${UNI}) and correct whichever is wrong`,
    ])
  })
})

describe(loadReferenceData.name, () => {
  it('reads the pinned chain and token lists, mainnet and UNI included, without testnets', async () => {
    const data = await loadReferenceData()
    expect(data.chains.label).toMatch(/^viem\/chains \d+\.\d+\.\d+$/)
    expect(data.tokens.label).toMatch(/^@uniswap\/default-token-list \d+\.\d+\.\d+$/)
    expect(data.chains.entries.find((known) => known.id === 1)).toMatchObject({ name: 'Ethereum' })
    expect(data.chains.entries.some((known) => known.id === 11_155_111)).toBe(false) // Sepolia
    expect(
      data.tokens.entries.find(
        (token) => token.chainId === 1 && token.address.toLowerCase() === UNI.toLowerCase(),
      ),
    ).toMatchObject({ symbol: 'UNI', decimals: 18 })
  })
})
