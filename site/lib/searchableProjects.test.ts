import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Atlas } from './atlas.ts'
import { filterOptions } from './landscape/filterOptions.ts'
import { isViewStateHash } from './landscape/isViewStateHash.ts'
import { FACTORY, UNI, writeLandscapeFixture } from './landscape/landscapeFixture.ts'
import { loadAtlas } from './loadAtlas.ts'
import { searchableProjects } from './searchableProjects.ts'
import { EMPTY_VIEW_STATE, matchesViewState } from './viewState.ts'

let root: string
let atlas: Atlas
beforeAll(async () => {
  root = await writeLandscapeFixture()
  atlas = await loadAtlas({ rootDir: root })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe(searchableProjects.name, () => {
  it('carries what search and filters need, including control types and an IPFS front end from the snapshot', () => {
    const projects = searchableProjects(atlas)
    expect(projects.map((p) => p.slug)).toEqual(['1inch', 'cowswap', 'ethereum', 'uniswap'])
    expect(projects.find((p) => p.slug === 'uniswap')).toEqual({
      slug: 'uniswap',
      name: 'Uniswap',
      category: 'dex',
      tags: ['amm'],
      chains: ['ethereum', 'base'],
      status: 'active',
      addresses: [FACTORY, UNI],
      ens: 'uniswap.eth',
      hasToken: true,
      ipfsFrontEnd: true,
      controlTypes: ['timelock'],
    })
    expect(projects.find((p) => p.slug === 'ethereum')).toMatchObject({
      hasToken: false,
      ipfsFrontEnd: false,
      controlTypes: [],
    })
  })

  it('lets a visitor find a project by a token address prefix and by its control type', () => {
    const projects = searchableProjects(atlas)
    const shown = (state: Partial<typeof EMPTY_VIEW_STATE>) =>
      projects.filter((p) => matchesViewState(p, { ...EMPTY_VIEW_STATE, ...state })).map((p) => p.slug)
    expect(shown({ q: UNI.slice(0, 10).toLowerCase() })).toEqual(['uniswap'])
    expect(shown({ control: ['timelock'] })).toEqual(['uniswap'])
    expect(shown({ ipfsFrontEnd: true })).toEqual(['uniswap'])
  })
})

describe(filterOptions.name, () => {
  it('offers only choices some project has, with counts, in registry order', () => {
    const options = filterOptions(atlas, searchableProjects(atlas), {
      status: { active: 'Active', deprecated: 'Deprecated' },
      control: { timelock: 'Timelock' },
    })
    expect(options.categories.map((o) => [o.id, o.count])).toEqual([
      ['layer-1', 1],
      ['dex', 3],
    ])
    expect(options.chains.map((o) => [o.id, o.count])).toEqual([
      ['ethereum', 4],
      ['base', 1],
    ])
    expect(options.statuses).toEqual([
      { id: 'active', name: 'Active', count: 3 },
      { id: 'deprecated', name: 'Deprecated', count: 1 },
    ])
    expect(options.control).toEqual([{ id: 'timelock', name: 'Timelock', count: 1 }])
    expect(options).toMatchObject({ withToken: 1, withIpfsFrontEnd: 1 })
  })
})

describe(isViewStateHash.name, () => {
  it('tells view state from an anchor such as a category link', () => {
    expect(isViewStateHash('')).toBe(true)
    expect(isViewStateHash('#')).toBe(true)
    expect(isViewStateHash('#q=uni&cat=dex')).toBe(true)
    expect(isViewStateHash('#cat-dex')).toBe(false)
    expect(isViewStateHash('#main')).toBe(false)
  })
})
