import { describe, expect, it } from 'vitest'
import type { ProjectView } from '../atlas.ts'
import { matchesViewState, parseViewState } from '../viewState.ts'
import { buildSearchableProjects } from './searchableProjects.ts'

const view = (overrides: Record<string, unknown>, extra: Partial<ProjectView> = {}) =>
  ({
    project: {
      slug: 'p',
      name: 'P',
      category: 'dex',
      tags: [],
      chains: ['ethereum'],
      status: 'active',
      ...overrides,
    },
    contracts: [],
    tokens: [],
    ...extra,
  }) as unknown as ProjectView

describe(buildSearchableProjects.name, () => {
  const views = [
    view({ slug: 'uniswap', name: 'Uniswap', tags: ['amm'], ens: 'uniswap.eth' }, {
      contracts: [
        { address: '0x1F98431c8aD98523631AE4a59f267346ea31F984', facts: { control: { kind: 'timelock' } } },
        { address: '0x2222222222222222222222222222222222222222', facts: { control: { kind: 'eoa' } } },
      ],
      tokens: [{ address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984' }],
    } as unknown as Partial<ProjectView>),
    view({ slug: 'quiet', name: 'Quiet', status: 'deprecated' }),
  ]
  const snapshots = {
    ethereum: { ens: { 'uniswap.eth': { contenthash: { codec: 'ipfs', value: 'bafy' } } } },
  }
  const [uniswap, quiet] = buildSearchableProjects(views, snapshots)

  it('collects addresses, token, control types and the IPFS front end from the snapshot', () => {
    expect(uniswap?.addresses).toHaveLength(3)
    expect(uniswap?.hasToken).toBe(true)
    expect(uniswap?.controlTypes).toEqual(['eoa', 'timelock'])
    expect(uniswap?.ipfsFrontEnd).toBe(true)
    expect(quiet).toMatchObject({ hasToken: false, ipfsFrontEnd: false, controlTypes: [], addresses: [] })
    expect(quiet && 'ens' in quiet).toBe(false)
  })

  it('lets the hash filters find projects by address prefix, tag, status and control', () => {
    const find = (hash: string) =>
      [uniswap, quiet].filter((p) => p && matchesViewState(p, parseViewState(hash))).map((p) => p?.slug)
    expect(find('#q=0x1f9840')).toEqual(['uniswap'])
    expect(find('#q=amm')).toEqual(['uniswap'])
    expect(find('#status=deprecated')).toEqual(['quiet'])
    expect(find('#control=timelock&ipfs=1&token=1')).toEqual(['uniswap'])
  })
})
