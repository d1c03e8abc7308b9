import { describe, expect, it } from 'vitest'
import type { ReadFailure, Reading } from '../chain/Reading.ts'
import type { Address, Chain } from '../model/schema.ts'
import { markSnapshotStale } from '../snapshot/markSnapshotStale.ts'
import { mergeChainSnapshot, type SnapshotFacts } from '../snapshot/mergeChainSnapshot.ts'
import type { ChainSnapshot } from '../snapshot/snapshotSchema.ts'

const A = '0x000000000000000000000000000000000000000A' as Address
const B = '0x000000000000000000000000000000000000000B' as Address
const C = '0x000000000000000000000000000000000000000C' as Address
const HASH = 'a'.repeat(64)
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

const previous: ChainSnapshot = {
  version: 1,
  chain: 'ethereum',
  chainId: 1,
  block: block(100),
  registryHash: 'b'.repeat(64),
  contracts: {
    [A]: { hasCode: true, codeHash: `0x${'11'.repeat(32)}` },
    [B]: {
      hasCode: true,
      codeHash: `0x${'22'.repeat(32)}`,
      stale: { reason: 'call reverted', sinceBlock: 90 },
    },
    [C]: { hasCode: false },
  },
  tokens: { [A]: token('5') },
}

const factsAt = (number: number, parts: Partial<SnapshotFacts>): SnapshotFacts => ({
  chain: 'ethereum',
  chainId: 1,
  block: block(number),
  contracts: [],
  tokens: [],
  ...parts,
})

describe('mergeChainSnapshot', () => {
  it('writes values read now, at the new block, dropping old stale marks', () => {
    const { snapshot, stale, leftOut, warnings } = mergeChainSnapshot({
      facts: factsAt(200, {
        contracts: [{ address: B, reading: ok({ hasCode: true, codeHash: `0x${'33'.repeat(32)}` }) }],
        tokens: [{ address: A, reading: ok(token('6')) }],
      }),
      previous,
      registryHash: HASH,
    })
    expect(snapshot).toEqual({
      version: 1,
      chain: 'ethereum',
      chainId: 1,
      block: block(200),
      registryHash: HASH,
      contracts: { [B]: { hasCode: true, codeHash: `0x${'33'.repeat(32)}` } },
      tokens: { [A]: token('6') },
    })
    expect([stale, leftOut, warnings]).toEqual([0, 0, []])
  })

  it('never replaces a good value with an error: it keeps it, marked stale since this block', () => {
    const merged = mergeChainSnapshot({
      facts: factsAt(200, {
        contracts: [{ address: A, reading: failed(rpcDown) }],
        tokens: [{ address: A, reading: failed(reverted) }],
      }),
      previous,
      registryHash: HASH,
    })
    expect(merged.snapshot.contracts[A]).toEqual({
      ...previous.contracts[A],
      stale: { ...pick(rpcDown), sinceBlock: 200 },
    })
    expect(merged.snapshot.tokens[A]).toEqual({
      ...token('5'),
      stale: { reason: 'call reverted', sinceBlock: 200 },
    })
    expect([merged.stale, merged.rpcFailures]).toEqual([2, 1])
  })

  it('keeps the first sinceBlock of a value that stays stale, with the latest reason', () => {
    const merged = mergeChainSnapshot({
      facts: factsAt(200, { contracts: [{ address: B, reading: failed(rpcDown) }] }),
      previous,
      registryHash: HASH,
    })
    expect(merged.snapshot.contracts[B]?.stale).toEqual({ reason: rpcDown.reason, sinceBlock: 90 })
  })

  it('leaves out a value that cannot be read and has no earlier value, with a warning', () => {
    const merged = mergeChainSnapshot({
      facts: factsAt(200, { tokens: [{ address: B, reading: failed(reverted) }] }),
      previous,
      registryHash: HASH,
    })
    expect(merged.snapshot.tokens).toEqual({})
    expect(merged.leftOut).toBe(1)
    expect(merged.warnings).toEqual([
      `ethereum: token ${B} could not be read (call reverted) and has no earlier value; left out of the snapshot`,
    ])
  })

  it('ignores a previous snapshot of another chain', () => {
    const merged = mergeChainSnapshot({
      facts: factsAt(200, { contracts: [{ address: A, reading: failed(rpcDown) }] }),
      previous: { ...previous, chainId: 10 },
      registryHash: HASH,
    })
    expect(merged.snapshot.contracts).toEqual({})
  })
})

describe('markSnapshotStale', () => {
  const chain = { id: 'ethereum', chainId: 1 } as Chain

  it('keeps the previous snapshot at its block with every listed entry stale; unlisted entries drop out', () => {
    const merged = markSnapshotStale({
      chain,
      targets: { contracts: [A, B], tokens: [A, C] },
      previous,
      failure: rpcDown,
      registryHash: HASH,
    })
    expect(merged?.snapshot).toEqual({
      ...previous,
      registryHash: HASH,
      contracts: {
        [A]: { ...previous.contracts[A], stale: { reason: rpcDown.reason, sinceBlock: 100 } },
        [B]: { ...previous.contracts[B], stale: { reason: rpcDown.reason, sinceBlock: 90 } },
      },
      tokens: { [A]: { ...token('5'), stale: { reason: rpcDown.reason, sinceBlock: 100 } } },
    })
    expect([merged?.stale, merged?.leftOut, merged?.rpcFailures]).toEqual([3, 1, 4])
  })

  it('has nothing to keep without a previous snapshot', () => {
    expect(
      markSnapshotStale({
        chain,
        targets: { contracts: [A], tokens: [] },
        previous: undefined,
        failure: rpcDown,
        registryHash: HASH,
      }),
    ).toBeUndefined()
  })
})

function pick(failure: ReadFailure) {
  return { reason: failure.reason }
}
