import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Atlas } from '../atlas.ts'
import { loadAtlas } from '../loadAtlas.ts'
import { buildLandscape, tierOf } from './buildLandscape.ts'
import { writeLandscapeFixture } from './landscapeFixture.ts'

let root: string
let atlas: Atlas
beforeAll(async () => {
  root = await writeLandscapeFixture()
  atlas = await loadAtlas({ rootDir: root })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe(buildLandscape.name, () => {
  it('lists filled categories in registry order, split by subcategory with an unnamed "Other" group last', () => {
    const landscape = buildLandscape(atlas)
    expect(landscape.sections.map((section) => section.id)).toEqual(['layer-1', 'dex'])
    const dex = landscape.sections[1]
    expect(dex?.groups.map((group) => [group.id, group.cards.map((card) => card.slug)])).toEqual([
      ['amm', ['uniswap']],
      ['aggregator', ['1inch']],
      ['', ['cowswap']],
    ])
    expect(dex?.count).toBe(3)
    expect(dex?.index).toBe(1)
    expect(landscape).toMatchObject({ projectCount: 4, categoryCount: 2, relationCount: 2 })
  })

  it('gives every card its metrics and a size tier per metric, the largest value in the top tier', () => {
    const cards = buildLandscape(atlas).sections.flatMap((s) => s.groups.flatMap((g) => g.cards))
    const uniswap = cards.find((card) => card.slug === 'uniswap')
    expect(uniswap?.metrics).toEqual({ relations: 2, chains: 2, contracts: 1, tokens: 1 })
    expect(uniswap?.tiers).toEqual({ relations: 3, chains: 3, contracts: 3, tokens: 3 })
    const cow = cards.find((card) => card.slug === 'cowswap')
    expect(cow).toMatchObject({ name: 'CoW Swap', status: 'deprecated' })
    expect(cow?.tiers.tokens).toBe(0)
  })
})

describe(tierOf.name, () => {
  it('puts zero in tier 0 and spreads the rest over tiers 1 to 3', () => {
    expect(tierOf(0, 50)).toBe(0)
    expect(tierOf(1, 100)).toBe(1)
    expect(tierOf(25, 100)).toBe(2)
    expect(tierOf(100, 100)).toBe(3)
    expect(tierOf(3, 0)).toBe(0)
  })
})
