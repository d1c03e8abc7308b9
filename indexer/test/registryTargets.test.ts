import { describe, expect, it } from 'vitest'
import { findTokenMismatches } from '../chain/findTokenMismatches.ts'
import { listChainTargets } from '../chain/listChainTargets.ts'
import { type Address, type EnsName, EnsNameSchema, type Registry } from '../model/schema.ts'
import { labelTargets } from '../snapshot/labelTargets.ts'

const A = '0x000000000000000000000000000000000000000A' as Address
const B = '0x000000000000000000000000000000000000000B' as Address
const project = (slug: string, parts: Record<string, unknown>) =>
  ({ slug, name: slug[0]?.toUpperCase() + slug.slice(1), contracts: [], tokens: [], ...parts }) as never
const registry = {
  categories: [],
  chains: [
    { id: 'ethereum', chainId: 1, ensRegistry: '0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e' },
    { id: 'base', chainId: 8453 },
  ],
  projects: [
    project('uniswap', {
      ens: 'uniswap.eth',
      contracts: [{ chain: 'ethereum', address: B, label: 'V3 Factory' }],
      tokens: [{ chain: 'ethereum', address: A, symbol: 'UNI', decimals: 18 }],
    }),
    project('aave', {
      ens: 'aave.eth',
      contracts: [{ chain: 'ethereum', address: A, label: 'Aave V3 Pool' }],
    }),
  ],
} as unknown as Registry

describe('listChainTargets and labelTargets', () => {
  it('read ENS names only on chains with an ENS registry, sorted', () => {
    expect(listChainTargets(registry, 'ethereum')).toEqual({
      contracts: [A, B],
      tokens: [A],
      ens: ['aave.eth', 'uniswap.eth'],
    })
    expect(listChainTargets(registry, 'base')).toEqual({ contracts: [], tokens: [], ens: [] })
  })

  it('name contracts with their project unless the label already does', () => {
    expect(labelTargets(registry, 'ethereum')).toEqual({
      contracts: { [B]: 'Uniswap V3 Factory', [A]: 'Aave V3 Pool' },
      tokens: { [A]: 'Uniswap UNI' },
      ens: { 'uniswap.eth': 'uniswap.eth', 'aave.eth': 'aave.eth' },
    })
  })
})

describe('findTokenMismatches', () => {
  it('reports a symbol or decimals that differ from the registry, with both values', () => {
    const facts = {
      chain: 'ethereum',
      tokens: [
        {
          address: A,
          reading: {
            ok: true,
            value: { standard: 'erc20', facts: { name: 'U', symbol: 'UNI2', decimals: 8, totalSupply: '1' } },
          },
        },
      ],
    } as never
    expect(findTokenMismatches(registry, facts)).toEqual([
      `ethereum: token ${A} (uniswap): the registry says symbol UNI, the contract says UNI2`,
      `ethereum: token ${A} (uniswap): the registry says 18 decimals, the contract says 8`,
    ])
  })
})

describe('EnsNameSchema', () => {
  it('accepts a normalized name and says how to write any other', () => {
    expect(EnsNameSchema.parse('uniswap.eth')).toBe('uniswap.eth' as EnsName)
    const message = (value: string) => EnsNameSchema.safeParse(value).error?.issues[0]?.message
    expect(message('Uniswap.eth')).toBe('is not ENSIP-15 normalized; write it as uniswap.eth')
    expect(message('eth')).toBe('must be a full name with a dot, e.g. "uniswap.eth"')
    expect(message('a..eth')).toMatch(/^is not a valid ENS name: .*empty label; write it like "uniswap.eth"$/)
  })
})
