import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EMPTY_VIEW_STATE,
  formatViewState,
  matchesViewState,
  parseViewState,
  type SearchableProject,
  type ViewState,
} from './viewState.ts'

const uniswap: SearchableProject = {
  slug: 'uniswap',
  name: 'Uniswap',
  category: 'dex',
  tags: ['amm', 'governance-token'],
  chains: ['ethereum', 'base'],
  status: 'active',
  addresses: ['0x1F98431c8aD98523631AE4a59f267346ea31F984'],
  ens: 'uniswap.eth',
  hasToken: true,
  ipfsFrontEnd: false,
  controlTypes: ['timelock'],
}
const view = (state: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW_STATE, ...state })

describe('view state in the URL hash', () => {
  it('round-trips every field, and equal views give equal links', () => {
    const state = view({
      q: 'uni swap',
      categories: ['lending', 'dex'],
      chains: ['base'],
      statuses: ['sunset'],
      control: ['eoa'],
      hasToken: true,
      ipfsFrontEnd: true,
      metric: 'relations',
      focus: 'uniswap',
    })
    const hash = formatViewState(state)
    expect(hash).toBe(
      '#q=uni+swap&cat=dex%2Clending&chain=base&status=sunset&control=eoa&token=1&ipfs=1&metric=relations&focus=uniswap',
    )
    expect(parseViewState(hash)).toEqual({ ...state, categories: ['dex', 'lending'] })
    expect(formatViewState(EMPTY_VIEW_STATE)).toBe('')
  })

  it('ignores unknown keys and malformed values instead of failing', () => {
    expect(parseViewState('#cat=dex,<script>,DEX&focus=../../etc&zoom=3&token=yes')).toEqual(
      view({ categories: ['dex'] }),
    )
    // Keys named like Object.prototype members ("valueOf", "__proto__") are ordinary unknown keys.
    expect(parseViewState('#valueOf=1&__proto__=x&constructor=y')).toEqual(view({}))
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const state = parseViewState(hash)
        expect(parseViewState(formatViewState(state))).toEqual(state)
      }),
    )
  })

  it('finds a project by name, tag, ENS name or address prefix, ignoring case and accents', () => {
    for (const q of ['UNI', 'ùniswap', 'amm', 'uniswap.eth', '0x1f98431c', 'swap amm'])
      expect(matchesViewState(uniswap, view({ q })), q).toBe(true)
    for (const q of ['aave', '0x1f', 'amm lending'])
      expect(matchesViewState(uniswap, view({ q })), q).toBe(false)
  })

  it('keeps only projects that pass every active filter', () => {
    expect(matchesViewState(uniswap, view({ categories: ['dex'], chains: ['base'], hasToken: true }))).toBe(
      true,
    )
    expect(matchesViewState(uniswap, view({ categories: ['lending'] }))).toBe(false)
    expect(matchesViewState(uniswap, view({ chains: ['polygon'] }))).toBe(false)
    expect(matchesViewState(uniswap, view({ statuses: ['sunset'] }))).toBe(false)
    expect(matchesViewState(uniswap, view({ control: ['eoa'] }))).toBe(false)
    expect(matchesViewState(uniswap, view({ ipfsFrontEnd: true }))).toBe(false)
  })
})
