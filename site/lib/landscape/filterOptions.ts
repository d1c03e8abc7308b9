import type { Atlas } from '../atlas.ts'
import type { SearchableProject } from '../viewState.ts'

/** One choice of a filter, with how many projects have it. */
export interface FilterOption {
  id: string
  name: string
  count: number
}

export interface FilterOptions {
  /** Categories with at least one project, in registry order. */
  categories: FilterOption[]
  /** Chains at least one project runs on, in registry order. */
  chains: FilterOption[]
  /** Statuses some project has, in the schema's order (`active` first). */
  statuses: FilterOption[]
  /** Control types found on chain, sorted by id; empty while no snapshot has control facts. */
  control: FilterOption[]
  /** Projects that list a token. */
  withToken: number
  /** Projects whose ENS name has an IPFS contenthash. */
  withIpfsFrontEnd: number
}

const STATUS_ORDER = ['active', 'deprecated', 'sunset', 'exploited']

/**
 * The choices each landscape filter offers, each with its project count, leaving out choices no project
 * has (a filter with no choice is then shown with a note instead).
 * @param atlas - for the registry's category and chain names and order
 * @param projects - the searchable projects the filters apply to
 * @param names - display names for statuses and control types (ids are used when a name is missing)
 * @returns the options of every filter
 * @example filterOptions(atlas, searchableProjects(atlas), { status: {}, control: {} }).statuses[0].id // "active"
 */
export function filterOptions(
  atlas: Pick<Atlas, 'registry'>,
  projects: readonly SearchableProject[],
  names: { status: Record<string, string>; control: Record<string, string> },
): FilterOptions {
  const count = (test: (project: SearchableProject) => boolean) => projects.filter(test).length
  const categories = atlas.registry.categories
    .map((category) => ({
      id: category.id as string,
      name: category.name,
      count: count((p) => p.category === category.id),
    }))
    .filter((option) => option.count > 0)
  const chains = atlas.registry.chains
    .map((chain) => ({
      id: chain.id as string,
      name: chain.name,
      count: count((p) => p.chains.includes(chain.id)),
    }))
    .filter((option) => option.count > 0)
  const statusIds = [...new Set(projects.map((p) => p.status))].sort(
    (a, b) => rank(STATUS_ORDER, a) - rank(STATUS_ORDER, b) || (a < b ? -1 : a > b ? 1 : 0),
  )
  const statuses = statusIds.map((id) => ({
    id,
    name: names.status[id] ?? id,
    count: count((p) => p.status === id),
  }))
  const control = [...new Set(projects.flatMap((p) => p.controlTypes))].sort().map((id) => ({
    id,
    name: names.control[id] ?? id,
    count: count((p) => p.controlTypes.includes(id)),
  }))
  return {
    categories,
    chains,
    statuses,
    control,
    withToken: count((p) => p.hasToken),
    withIpfsFrontEnd: count((p) => p.ipfsFrontEnd),
  }
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id)
  return index === -1 ? order.length : index
}
