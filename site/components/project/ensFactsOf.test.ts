import { describe, expect, it } from 'vitest'
import type { ChainSnapshot } from '../../../indexer/snapshot/snapshotSchema.ts'
import { ensFactsOf } from './ensFactsOf.ts'

const A = '0x1111111111111111111111111111111111111111'
const snapshot = (chain: string, ens: ChainSnapshot['ens']): ChainSnapshot => ({
  version: 2,
  chain,
  chainId: 1,
  block: { number: 21_000_000, hash: '0xab', timestamp: 1_700_000_000 },
  registryHash: '0'.repeat(64),
  contracts: {},
  tokens: {},
  ...(ens ? { ens } : {}),
})

describe(ensFactsOf.name, () => {
  it('finds the name in every snapshot that read it, with the block it was read at', () => {
    const facts = { owner: { address: A, kind: 'eoa' as const }, primary: true, address: A }
    const found = ensFactsOf(
      'uniswap.eth',
      { sepolia: snapshot('sepolia', {}), ethereum: snapshot('ethereum', { 'uniswap.eth': facts }) },
      [{ id: 'ethereum', name: 'Ethereum' }] as never,
    )
    expect(found).toEqual([
      { chainId: 'ethereum', chainName: 'Ethereum', block: 21_000_000, blockTimestamp: 1_700_000_000, facts },
    ])
    expect(ensFactsOf(undefined, { ethereum: snapshot('ethereum', { 'uniswap.eth': facts }) }, [])).toEqual(
      [],
    )
  })
})
