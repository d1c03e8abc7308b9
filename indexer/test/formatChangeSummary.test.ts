import { describe, expect, it } from 'vitest'
import { ChainIdMismatchError } from '../chain/ChainIdMismatchError.ts'
import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import type { ChainOutcome } from '../indexRegistry.ts'
import { appendHistoryRun } from '../snapshot/appendHistoryRun.ts'
import { formatChangeSummary } from '../snapshot/formatChangeSummary.ts'
import type { Change } from '../snapshot/historySchema.ts'

const change = (message: string, tag: Change['tag'] = 'onchain'): Change => ({
  tag,
  subject: 'contract',
  key: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
  field: 'implementation',
  message,
})
const indexed = (parts: Partial<Extract<ChainOutcome, { status: 'indexed' }>>): ChainOutcome => ({
  chain: 'ethereum',
  file: 'snapshot/ethereum.json',
  status: 'indexed',
  source: 'RPC_URL_ETHEREUM',
  block: { number: 200, hash: '0x00', timestamp: 0, tag: 'finalized' },
  changed: true,
  previousBlock: 100,
  changes: [],
  reproduced: false,
  historyChanged: false,
  contracts: 3,
  tokens: 2,
  erc721: 0,
  ens: 1,
  stale: 0,
  leftOut: 0,
  rpcFailures: 0,
  warnings: [],
  ...parts,
})

describe('formatChangeSummary', () => {
  it('lists each chain’s changes under the blocks compared, registry ones marked', () => {
    const text = formatChangeSummary([
      indexed({
        changes: [
          change(
            'Aave V3 Pool (0x8787…A4E2): implementation changed at block 200 (0x1111…1111 → 0x2222…2222)',
          ),
          change('Uniswap V3 Factory (0x1F98…F984): added to the registry', 'registry'),
        ],
        stale: 1,
      }),
      indexed({ chain: 'base', previousBlock: 150 }),
      indexed({ chain: 'optimism', previousBlock: undefined }),
      indexed({ chain: 'polygon', reproduced: true }),
    ])
    expect(text).toBe(
      [
        'ethereum (block 100 → 200): 2 changes; 1 value(s) could not be read and are stale',
        '- Aave V3 Pool (0x8787…A4E2): implementation changed at block 200 (0x1111…1111 → 0x2222…2222)',
        '- [registry] Uniswap V3 Factory (0x1F98…F984): added to the registry',
        '',
        'base (block 150 → 200): no changes',
        '',
        'optimism: first snapshot, at block 200: 3 contract(s), 2 token(s), 0 ERC-721 collection(s), 1 ENS name(s)',
        '',
        'polygon: read again at block 200 (--at): 3 contract(s), 2 token(s), 0 ERC-721 collection(s), 1 ENS name(s); history untouched',
        '',
      ].join('\n'),
    )
  })

  it('says why a chain was not read', () => {
    const base = { file: 'f', source: 's' }
    const error = new RpcRequestFailedError({ chain: 'base', method: 'eth_chainId', reason: 'x' })
    expect(
      formatChangeSummary([
        { chain: 'arbitrum', file: 'f', status: 'skipped', message: 'no RPC URL' },
        {
          ...base,
          chain: 'base',
          status: 'unreachable',
          error,
          written: true,
          changed: true,
          stale: 4,
          leftOut: 0,
          warnings: [],
        },
        {
          ...base,
          chain: 'zora',
          status: 'unreachable',
          error,
          written: false,
          changed: false,
          stale: 0,
          leftOut: 2,
          warnings: [],
        },
        {
          ...base,
          chain: 'polygon',
          status: 'rejected',
          error: new ChainIdMismatchError({
            chain: 'polygon',
            rpcEnv: 'RPC_URL_POLYGON',
            expectedChainId: 137,
            actualChainId: 1,
          }),
        },
      ]),
    ).toBe(
      [
        'arbitrum: not read (no RPC URL); snapshot kept as it was',
        'base: RPC unreachable; kept the previous values with 4 stale mark(s)',
        'zora: RPC unreachable; nothing written',
        'polygon: not read: The RPC URL for polygon serves chain id 1, but the registry says 137.\n',
      ].join('\n\n'),
    )
  })
})

describe('appendHistoryRun', () => {
  const chain = { chain: 'ethereum', chainId: 1 }
  const run = (fromBlock: number, toBlock: number, message: string) => ({
    fromBlock,
    toBlock,
    changes: [change(message)],
  })

  it('starts a history and adds runs oldest first', () => {
    const first = appendHistoryRun(undefined, chain, run(1, 2, 'a'))
    expect(appendHistoryRun(first, chain, run(2, 3, 'b'))).toEqual({
      version: 1,
      ...chain,
      runs: [run(1, 2, 'a'), run(2, 3, 'b')],
    })
  })

  it('replaces a run over the same blocks instead of repeating it', () => {
    const history = appendHistoryRun(
      appendHistoryRun(undefined, chain, run(1, 2, 'a')),
      chain,
      run(2, 3, 'b'),
    )
    expect(appendHistoryRun(history, chain, run(2, 3, 'c')).runs).toEqual([run(1, 2, 'a'), run(2, 3, 'c')])
  })
})
