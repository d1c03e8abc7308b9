import { describe, expect, it } from 'vitest'
import { describeController, formatDelay } from '../snapshot/describeController.ts'
import { diffSnapshots } from '../snapshot/diffSnapshots.ts'
import type { TargetLabels } from '../snapshot/labelTargets.ts'
import type { ChainSnapshot, Controller } from '../snapshot/snapshotSchema.ts'

const POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const TOKEN = '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9'
const NFT = '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D'
const V1 = '0x1111111111111111111111111111111111111111'
const V2 = '0x2222222222222222222222222222222222222222'
const SAFE = '0x3333333333333333333333333333333333333333'
const EOA = '0x4444444444444444444444444444444444444444'
const ADMIN = '0x5555555555555555555555555555555555555555'
const labels: TargetLabels = {
  contracts: { [POOL]: 'Aave V3 Pool' },
  tokens: { [TOKEN]: 'Aave AAVE' },
  ens: { 'aave.eth': 'aave.eth' },
}
const eoa: Controller = { address: EOA, kind: 'eoa' }
const safe: Controller = { address: SAFE, kind: 'safe', threshold: 5, owners: 9 }

const before: ChainSnapshot = {
  version: 2,
  chain: 'ethereum',
  chainId: 1,
  block: { number: 100, hash: `0x${'01'.repeat(32)}`, timestamp: 1 },
  registryHash: 'a'.repeat(64),
  indexerVersion: '0.1.0',
  contracts: {
    [POOL]: {
      hasCode: true,
      codeHash: '0xaa',
      proxy: { kind: 'eip1967', implementation: V1, implementationCodeHash: '0x01' },
      control: { kind: 'eoa', owner: eoa, admin: { ...eoa, via: ADMIN } },
    },
  },
  tokens: {
    [TOKEN]: { name: 'Aave', symbol: 'AAVE', decimals: 18, totalSupply: '16000000000000000000000000' },
  },
  erc721: { [NFT]: { name: 'Apes', symbol: 'BAYC' } },
  ens: {
    'aave.eth': {
      owner: eoa,
      resolver: ADMIN,
      address: EOA,
      reverseName: 'aave.eth',
      primary: true,
      contenthash: { codec: 'ipfs', value: 'bafyold' },
    },
  },
}
const at200 = (change: (snapshot: ChainSnapshot) => void): ChainSnapshot => {
  const after = structuredClone({ ...before, block: { ...before.block, number: 200 } })
  change(after)
  return after
}
const messages = (after: ChainSnapshot, from: ChainSnapshot | undefined = before) =>
  diffSnapshots({ before: from, after, labels }).map((change) => `${change.tag}: ${change.message}`)

describe('diffSnapshots', () => {
  it('finds nothing when nothing changed, stale marks included', () => {
    expect(
      diffSnapshots({
        before,
        after: at200((s) => {
          s.tokens[TOKEN] = {
            ...before.tokens[TOKEN],
            stale: { reason: 'call reverted', sinceBlock: 200 },
          } as never
        }),
        labels,
      }),
    ).toEqual([])
  })

  it('tells an upgrade, a changed owner and a changed upgrade admin apart', () => {
    const after = at200((s) => {
      const pool = s.contracts[POOL]
      if (!pool?.proxy || !pool.control) throw new Error('fixture')
      pool.proxy = { ...pool.proxy, implementation: V2, implementationCodeHash: '0x02' }
      pool.control = { kind: 'safe', owner: safe, admin: { ...safe, via: ADMIN } }
    })
    const changes = diffSnapshots({ before, after, labels })
    expect(changes.map((change) => change.message)).toEqual([
      'Aave V3 Pool (0x8787…A4E2): implementation changed at block 200 (0x1111…1111 → 0x2222…2222)',
      'Aave V3 Pool (0x8787…A4E2): owner is now a 5/9 Safe (0x3333…3333) (was an EOA (0x4444…4444))',
      'Aave V3 Pool (0x8787…A4E2): upgrade admin is now a 5/9 Safe (0x3333…3333) through 0x5555…5555 (was an EOA (0x4444…4444) through 0x5555…5555)',
    ])
    expect(changes[0]).toEqual(
      expect.objectContaining({ tag: 'onchain', subject: 'contract', key: POOL, before: V1, after: V2 }),
    )
    expect(changes[1]).toEqual(expect.objectContaining({ before: `eoa ${EOA}`, after: `safe 5/9 ${SAFE}` }))
  })

  it('says when a proxy stops being one, an implementation changes in place, or code changes', () => {
    const gone = at200((s) => {
      delete s.contracts[POOL]?.proxy
    })
    expect(messages(gone)).toEqual(['onchain: Aave V3 Pool (0x8787…A4E2): is no longer a proxy at block 200'])
    const inPlace = at200((s) => {
      const proxy = s.contracts[POOL]?.proxy
      if (proxy) proxy.implementationCodeHash = '0x03'
      const pool = s.contracts[POOL]
      if (pool) pool.codeHash = '0xbb'
    })
    expect(messages(inPlace)).toEqual([
      'onchain: Aave V3 Pool (0x8787…A4E2): code changed at block 200',
      'onchain: Aave V3 Pool (0x8787…A4E2): implementation code changed at block 200 (same address 0x1111…1111)',
    ])
  })

  it('reports renounced ownership and token, collection and ENS changes', () => {
    const after = at200((s) => {
      const pool = s.contracts[POOL]
      if (pool)
        pool.control = { kind: 'renounced', owner: { address: `0x${'0'.repeat(40)}`, kind: 'renounced' } }
      s.tokens[TOKEN] = {
        name: 'Aave',
        symbol: 'AAVE',
        decimals: 18,
        totalSupply: '16500000000000000000000000',
      }
      s.erc721 = { [NFT]: { name: 'Apes', symbol: 'BAYC', totalSupply: '10000' } }
      s.ens = {
        'aave.eth': {
          owner: safe,
          resolver: ADMIN,
          address: SAFE,
          reverseName: 'other.eth',
          primary: false,
          contenthash: { codec: 'ipfs', value: 'bafynew' },
        },
      }
    })
    expect(messages(after)).toEqual([
      'onchain: Aave V3 Pool (0x8787…A4E2): owner is now nobody (renounced) (was an EOA (0x4444…4444))',
      'onchain: Aave V3 Pool (0x8787…A4E2): has no upgrade admin any more (was an EOA (0x4444…4444) through 0x5555…5555)',
      'onchain: Aave AAVE (0x7Fc6…DaE9): total supply changed from 16000000.0 AAVE to 16500000.0 AAVE',
      'onchain: 0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D: total supply changed from nothing to 10000',
      'onchain: aave.eth: owner is now a 5/9 Safe (0x3333…3333) (was an EOA (0x4444…4444))',
      'onchain: aave.eth: now resolves to 0x3333333333333333333333333333333333333333',
      'onchain: aave.eth: is not the primary name of its address (its reverse record says "other.eth")',
      'onchain: aave.eth: contenthash is now ipfs://bafynew',
    ])
  })

  it('tags entries the registry added or removed, and first reads when the registry is the same', () => {
    const NEW = '0x6666666666666666666666666666666666666666'
    const added = at200((s) => {
      s.registryHash = 'b'.repeat(64)
      s.contracts[NEW] = { hasCode: false }
      delete s.tokens[TOKEN]
    })
    expect(messages(added)).toEqual([
      'registry: 0x6666666666666666666666666666666666666666: added to the registry',
      'registry: Aave AAVE (0x7Fc6…DaE9): removed from the registry',
    ])
    const firstRead = at200((s) => {
      s.contracts[NEW] = { hasCode: false }
    })
    expect(diffSnapshots({ before, after: firstRead, labels })).toEqual([
      expect.objectContaining({ tag: 'onchain', field: 'firstRead', key: NEW }),
    ])
  })

  it('compares only what version 1 recorded when the previous snapshot is version 1, and nothing without one', () => {
    const v1: ChainSnapshot = {
      version: 1,
      chain: 'ethereum',
      chainId: 1,
      block: before.block,
      registryHash: before.registryHash,
      contracts: { [POOL]: { hasCode: true, codeHash: '0xaa' } },
      tokens: before.tokens,
    }
    expect(
      messages(
        at200(() => {}),
        v1,
      ),
    ).toEqual([])
    expect(diffSnapshots({ before: undefined, after: before, labels })).toEqual([])
    expect(diffSnapshots({ before: { ...before, chainId: 10 }, after: before, labels })).toEqual([])
  })
})

describe('describeController', () => {
  it('names each kind of controller', () => {
    expect(describeController({ address: SAFE, kind: 'timelock', minDelay: 172_800 })).toBe(
      'a timelock with a 2d delay (0x3333…3333)',
    )
    expect(describeController({ address: SAFE, kind: 'contract', via: ADMIN })).toBe(
      'a contract (0x3333…3333) through 0x5555…5555',
    )
    expect([formatDelay(0), formatDelay(90), formatDelay(7200), formatDelay(600)]).toEqual([
      '0s',
      '90s',
      '2h',
      '10m',
    ])
  })
})
