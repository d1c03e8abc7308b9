/**
 * What a visitor is looking at, kept in the URL's hash so any view is a shareable link that survives
 * path gateways (a hash never reaches the server). Shared by the landscape, the graph and the embed page.
 */
export interface ViewState {
  /** Free-text search over name, tags, contract and token addresses and ENS name. */
  q: string
  /** Category ids; empty means all. */
  categories: string[]
  /** Chain ids; empty means all. */
  chains: string[]
  /** Project statuses; empty means all. */
  statuses: string[]
  /** Control types of contracts ("eoa", "multisig", "timelock", "governor", "immutable", …); empty means all. */
  control: string[]
  /** Only projects that issue a token. */
  hasToken: boolean
  /** Only projects whose front end is on IPFS (their ENS name has a contenthash). */
  ipfsFrontEnd: boolean
  /** The metric the landscape sizes or badges cards by; empty for none. */
  metric: string
  /** The selected project's slug; empty for none. */
  focus: string
}

export const EMPTY_VIEW_STATE: ViewState = {
  q: '',
  categories: [],
  chains: [],
  statuses: [],
  control: [],
  hasToken: false,
  ipfsFrontEnd: false,
  metric: '',
  focus: '',
}

/** A project reduced to what search and filters look at; built at build time, embedded as JSON. */
export interface SearchableProject {
  slug: string
  name: string
  category: string
  tags: readonly string[]
  chains: readonly string[]
  status: string
  /** Contract and token addresses, any case. */
  addresses: readonly string[]
  ens?: string
  hasToken: boolean
  ipfsFrontEnd: boolean
  /** Control types found on chain for its contracts. */
  controlTypes: readonly string[]
}

const LIST_KEYS = { cat: 'categories', chain: 'chains', status: 'statuses', control: 'control' } as const

/**
 * Reads a view state from a location hash; unknown keys and malformed parts are ignored, so an old or
 * hand-edited link still opens something sensible.
 * @example parseViewState('#q=uni&cat=dex,lending&token=1') // { …EMPTY_VIEW_STATE, q: 'uni', categories: ['dex', 'lending'], hasToken: true }
 */
export function parseViewState(hash: string): ViewState {
  const state: ViewState = { ...EMPTY_VIEW_STATE, categories: [], chains: [], statuses: [], control: [] }
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  for (const [key, value] of params) {
    if (key === 'q') state.q = value.slice(0, 200)
    else if (key === 'token') state.hasToken = value === '1'
    else if (key === 'ipfs') state.ipfsFrontEnd = value === '1'
    else if (key === 'metric') state.metric = slugLike(value)
    else if (key === 'focus') state.focus = slugLike(value)
    else if (Object.hasOwn(LIST_KEYS, key)) {
      const field = LIST_KEYS[key as keyof typeof LIST_KEYS]
      state[field] = [...new Set(value.split(',').map(slugLike).filter(Boolean))].sort()
    }
  }
  return state
}

/**
 * Writes a view state as a hash, with keys in a fixed order and defaults left out, so equal views give
 * equal links. The empty state gives "" (no hash).
 * @example formatViewState({ ...EMPTY_VIEW_STATE, q: 'uni swap', chains: ['base'] }) // '#q=uni+swap&chain=base'
 */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const [key, field] of Object.entries(LIST_KEYS)) {
    const values = [...new Set(state[field])].sort()
    if (values.length > 0) params.set(key, values.join(','))
  }
  if (state.hasToken) params.set('token', '1')
  if (state.ipfsFrontEnd) params.set('ipfs', '1')
  if (state.metric) params.set('metric', state.metric)
  if (state.focus) params.set('focus', state.focus)
  const text = params.toString()
  return text ? `#${text}` : ''
}

/**
 * Whether a project is in the view: it matches every active filter, and the search text (split on
 * spaces, every word must match) appears in its name, a tag, its slug, its ENS name or an address.
 * Case and accents are ignored.
 */
export function matchesViewState(project: SearchableProject, state: ViewState): boolean {
  if (state.categories.length > 0 && !state.categories.includes(project.category)) return false
  if (state.chains.length > 0 && !project.chains.some((chain) => state.chains.includes(chain))) return false
  if (state.statuses.length > 0 && !state.statuses.includes(project.status)) return false
  if (state.control.length > 0 && !project.controlTypes.some((type) => state.control.includes(type)))
    return false
  if (state.hasToken && !project.hasToken) return false
  if (state.ipfsFrontEnd && !project.ipfsFrontEnd) return false
  const words = fold(state.q).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = [project.name, project.slug, project.ens ?? '', ...project.tags].map(fold)
  const addresses = project.addresses.map((address) => address.toLowerCase())
  return words.every(
    (word) =>
      haystack.some((text) => text.includes(word)) ||
      (word.startsWith('0x') && word.length >= 6 && addresses.some((address) => address.startsWith(word))),
  )
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function slugLike(value: string): string {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : ''
}
