import { describe, expect, it } from 'vitest'
import type { ReadFailure, Reading } from '../chain/Reading.ts'
import type { Address, Chain, EnsName } from '../model/schema.ts'
import type { TokenReading } from '../probes/probeToken.ts'
import { markSnapshotStale } from '../snapshot/markSnapshotStale.ts'
import { mergeChainSnapshot, type SnapshotFacts } from '../snapshot/mergeChainSnapshot.ts'
import type { ChainSnapshot, EnsFacts } from '../snapshot/snapshotSchema.ts'

const A = '0x000000000000000000000000000000000000000A' as Address
const B = '0x000000000000000000000000000000000000000B' as Address
const C = '0x000000000000000000000000000000000000000C' as Address
const NFT = '0x000000000000000000000000000000000000000D' as Address
const NAME = 'atlas.eth' as EnsName
const HASH = 'a'.repeat(64)
const VERSION = '9.9.9'
const block = (number: number) => ({
  number,
  hash: `0x${number.toString(16).padStart(64, '0')}`,
  timestamp: number * 12,
})
const rpcDown: ReadFailure = { kind: 'rpc', reason: 'RPC request failed (ECONNREFUSED)' }
const reverted: ReadFailure = { kind: 'call', reason: 'call reverted' }
const failed = (failure: ReadFailure) => ({ ok: false, failure }) as const
const ok = <T>(value: T): Reading<T> => ({ ok: true, value })
const token = (totalSupply: string) => ({ name: 'T', symbol: 'T', decimals: 18, totalSupply })
const erc20 = (totalSupply: string): Reading<TokenReading> =>
  ok({ standard: 'erc20', facts: token(totalSupply) })
const ens: EnsFacts = {
  owner: { address: A, kind: 'eoa' },
  resolver: B,
  address: C,
  reverseName: 'atlas.eth',
  primary: true,
}

const previous: ChainSnapshot = {
  version: 2,
  chain: 'ethereum',
  chainId: 1,
  block: block(100),
  registryHash: 'b'.repeat(64),
  indexerVersion: '0.0.1',
  contracts: {
    [A]: { hasCode: true, codeHash: `0x${'11'.repeat(32)}`, control: { kind: 'none' } },
    [B]: {
      hasCode: true,
      codeHash: `0x${'22'.repeat(32)}`,
      stale: { reason: 'call reverted', sinceBlock: 90 },
    },
    [C]: { hasCode: false },
  },
  tokens: { [A]: token('5') },
  erc721: { [NFT]: { name: 'N', symbol: 'N' } },
  ens: { [NAME]: ens },
}

const factsAt = (number: number, parts: Partial<SnapshotFacts>): SnapshotFacts => ({
  chain: 'ethereum',
  chainId: 1,
  block: block(number),
  contracts: [],
  tokens: [],
  ens: [],
  ...parts,
})
const merge = (facts: SnapshotFacts, before: ChainSnapshot | undefined = previous) =>
  mergeChainSnapshot({ facts, previous: before, registryHash: HASH, indexerVersion: VERSION })

describe('mergeChainSnapshot', () => {
  it('writes a version 2 snapshot of the values read now, at the new block, dropping old stale marks', () => {
    const { snapshot, stale, leftOut, warnings } = merge(
      factsAt(200, {
        contracts: [{ address: B, reading: ok({ hasCode: true, codeHash: `0x${'33'.repeat(32)}` }) }],
        tokens: [
          { address: A, reading: erc20('6') },
          { address: NFT, reading: ok({ standard: 'erc721', facts: { name: 'N2', totalSupply: '3' } }) },
        ],
        ens: [{ name: NAME, reading: ok({ ...ens, primary: false }) }],
      }),
    )
    expect(snapshot).toEqual({
      version: 2,
      chain: 'ethereum',
      chainId: 1,
      block: block(200),
      registryHash: HASH,
      indexerVersion: VERSION,
      contracts: { [B]: { hasCode: true, codeHash: `0x${'33'.repeat(32)}` } },
      tokens: { [A]: token('6') },
      erc721: { [NFT]: { name: 'N2', totalSupply: '3' } },
      ens: { [NAME]: { ...ens, primary: false } },
    })
    expect([stale, leftOut, warnings]).toEqual([0, 0, []])
  })

  it('never replaces a good value with an error: it keeps it, marked stale since this block', () => {
    const merged = merge(
      factsAt(200, {
        contracts: [{ address: A, reading: failed(rpcDown) }],
        tokens: [
          { address: A, reading: failed(reverted) },
          { address: NFT, reading: failed(rpcDown) },
        ],
        ens: [{ name: NAME, reading: failed(rpcDown) }],
      }),
    )
    const mark = (failure: ReadFailure) => ({ reason: failure.reason, sinceBlock: 200 })
    expect(merged.snapshot.contracts[A]).toEqual({ ...previous.contracts[A], stale: mark(rpcDown) })
    expect(merged.snapshot.tokens[A]).toEqual({ ...token('5'), stale: mark(reverted) })
    expect(merged.snapshot.erc721?.[NFT]).toEqual({ name: 'N', symbol: 'N', stale: mark(rpcDown) })
    expect(merged.snapshot.ens?.[NAME]).toEqual({ ...ens, stale: mark(rpcDown) })
    expect([merged.stale, merged.rpcFailures]).toEqual([4, 3])
  })

  it('keeps the first sinceBlock of a value that stays stale, with the latest reason', () => {
    const merged = merge(factsAt(200, { contracts: [{ address: B, reading: failed(rpcDown) }] }))
    expect(merged.snapshot.contracts[B]?.stale).toEqual({ reason: rpcDown.reason, sinceBlock: 90 })
  })

  it('leaves out a value that cannot be read and has no earlier value, with a warning', () => {
    const merged = merge(
      factsAt(200, {
        tokens: [{ address: B, reading: failed(reverted) }],
        ens: [{ name: 'other.eth' as EnsName, reading: failed(rpcDown) }],
      }),
    )
    expect([merged.snapshot.tokens, merged.snapshot.ens]).toEqual([{}, {}])
    expect(merged.leftOut).toBe(2)
    expect(merged.warnings).toEqual([
      `ethereum: token ${B} could not be read (call reverted) and has no earlier value; left out of the snapshot`,
      'ethereum: ENS name other.eth could not be read (RPC request failed (ECONNREFUSED)) and has no earlier value; left out of the snapshot',
    ])
  })

  it('upgrades a version 1 snapshot: its values are kept where reads fail, in a version 2 file', () => {
    const v1: ChainSnapshot = {
      version: 1,
      chain: 'ethereum',
      chainId: 1,
      block: block(100),
      registryHash: 'b'.repeat(64),
      contracts: { [A]: { hasCode: true, codeHash: `0x${'11'.repeat(32)}` } },
      tokens: { [A]: token('5') },
    }
    const merged = merge(
      factsAt(200, {
        contracts: [{ address: A, reading: failed(rpcDown) }],
        tokens: [{ address: A, reading: failed(rpcDown) }],
      }),
      v1,
    )
    expect(merged.snapshot).toMatchObject({ version: 2, indexerVersion: VERSION, erc721: {}, ens: {} })
    expect(merged.snapshot.contracts[A]?.stale).toEqual({ reason: rpcDown.reason, sinceBlock: 200 })
    expect(merged.snapshot.tokens[A]).toEqual({
      ...token('5'),
      stale: { reason: rpcDown.reason, sinceBlock: 200 },
    })
  })

  it('ignores a previous snapshot of another chain', () => {
    const merged = merge(factsAt(200, { contracts: [{ address: A, reading: failed(rpcDown) }] }), {
      ...previous,
      chainId: 10,
    })
    expect(merged.snapshot.contracts).toEqual({})
  })
})

describe('markSnapshotStale', () => {
  const chain = { id: 'ethereum', chainId: 1 } as Chain

  it('keeps the previous snapshot at its block with every listed entry stale; unlisted entries drop out', () => {
    const merged = markSnapshotStale({
      chain,
      targets: { contracts: [A, B], tokens: [A, C, NFT], ens: [NAME] },
      previous,
      failure: rpcDown,
      registryHash: HASH,
      indexerVersion: VERSION,
    })
    const mark = { reason: rpcDown.reason, sinceBlock: 100 }
    expect(merged?.snapshot).toEqual({
      ...previous,
      registryHash: HASH,
      indexerVersion: VERSION,
      contracts: {
        [A]: { ...previous.contracts[A], stale: mark },
        [B]: { ...previous.contracts[B], stale: { reason: rpcDown.reason, sinceBlock: 90 } },
      },
      tokens: { [A]: { ...token('5'), stale: mark } },
      erc721: { [NFT]: { name: 'N', symbol: 'N', stale: mark } },
      ens: { [NAME]: { ...ens, stale: mark } },
    })
    expect([merged?.stale, merged?.leftOut, merged?.rpcFailures]).toEqual([5, 1, 6])
  })

  it('has nothing to keep without a previous snapshot', () => {
    expect(
      markSnapshotStale({
        chain,
        targets: { contracts: [A], tokens: [], ens: [] },
        previous: undefined,
        failure: rpcDown,
        registryHash: HASH,
        indexerVersion: VERSION,
      }),
    ).toBeUndefined()
  })
})
