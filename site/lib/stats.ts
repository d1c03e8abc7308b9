import { PROJECT_STATUSES, RELATION_TYPES, type RelationType } from '../../indexer/model/schema.ts'
import { CONTROLLER_KINDS } from '../../indexer/snapshot/snapshotSchema.ts'
import type { Atlas, OnChainStatus } from './atlas.ts'

/** A project's lifecycle status, as the registry spells it. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** What the snapshot says about who controls a confirmed contract; `unread` when it did not record it. */
export const CONTROL_KINDS = [...CONTROLLER_KINDS, 'none', 'unread'] as const
export type ControlKind = (typeof CONTROL_KINDS)[number]

/** Where each registry contract stands against the snapshots. */
export const CONTRACT_STATUSES = [
  'confirmed',
  'no-code',
  'unconfirmed',
] as const satisfies readonly OnChainStatus['kind'][]
export type ContractStatus = (typeof CONTRACT_STATUSES)[number]

/** One bar of a chart and one row of its table. */
export interface Count<K extends string = string> {
  key: K
  /** Registry name for data keys (categories, chains); absent for keys the interface translates. */
  name?: string
  count: number
}

/** A category's count, with the category's position in the registry (its colour). */
export interface CategoryCount extends Count {
  name: string
  index: number
}

export interface AtlasStats {
  projectCount: number
  /** Every category, most projects first; ties keep registry order. */
  categories: CategoryCount[]
  /** Chains with at least one project, most first; ties by name. A project on three chains counts thrice. */
  chains: Count[]
  /** Projects that list no chain. */
  withoutChain: number
  /** Every status, in the registry's order. */
  statuses: Count<ProjectStatus>[]
  /** Every relation type, most used first; ties keep the registry's order. Counts the map's links. */
  relations: Count<RelationType>[]
  /** Every year from the first launch to the last, empty years included, oldest first. */
  launches: Array<{ year: number; count: number }>
  /** Projects without a `launched` date. */
  undated: number
  /** Chains with at least one registry token, most first; ties by name. */
  tokens: Count[]
  contracts: {
    total: number
    /** Every status, in {@link CONTRACT_STATUSES} order. */
    statuses: Count<ContractStatus>[]
    /** Control kinds of confirmed contracts, in {@link CONTROL_KINDS} order, kinds seen at least once. */
    control: Count<ControlKind>[]
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Counts per key, most first; `tieBreak` orders equal counts (registry position or name). */
function ranked(counts: Map<string, number>, tieBreak: (a: string, b: string) => number) {
  return [...counts].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))
}

/**
 * The numbers the stats page shows, counted from the atlas. Pure and deterministic: the same atlas always
 * gives the same arrays in the same order, so the charts and tables built from them are byte-identical.
 *
 * @param atlas The view model from `buildAtlas`/`loadAtlas`.
 * @returns Counts per category, chain, status, relation type, launch year and token chain, and the
 * on-chain status and control kinds of every registry contract.
 * @example
 * const stats = computeStats(await loadAtlas())
 * stats.categories[0] // { key: 'defi', name: 'DeFi', index: 3, count: 42 }
 */
export function computeStats(atlas: Pick<Atlas, 'registry' | 'projects' | 'graph'>): AtlasStats {
  const { registry, projects, graph } = atlas
  const chainNames = new Map(registry.chains.map((chain) => [chain.id as string, chain.name]))
  const nameOf = (id: string) => chainNames.get(id) ?? id
  const byName = (a: string, b: string) =>
    compareText(nameOf(a).toLowerCase(), nameOf(b).toLowerCase()) || compareText(a, b)

  const perCategory = new Map(registry.categories.map((category) => [category.id as string, 0]))
  const perChain = new Map<string, number>()
  const perStatus = new Map<string, number>(PROJECT_STATUSES.map((status) => [status, 0]))
  const perYear = new Map<number, number>()
  const perTokenChain = new Map<string, number>()
  const contractStatus = new Map<string, number>(CONTRACT_STATUSES.map((status) => [status, 0]))
  const control = new Map<string, number>(CONTROL_KINDS.map((kind) => [kind, 0]))
  let withoutChain = 0
  let undated = 0
  let contractTotal = 0

  for (const project of registry.projects) {
    perCategory.set(project.category, (perCategory.get(project.category) ?? 0) + 1)
    for (const chain of new Set(project.chains)) perChain.set(chain, (perChain.get(chain) ?? 0) + 1)
    if (project.chains.length === 0) withoutChain++
    perStatus.set(project.status, (perStatus.get(project.status) ?? 0) + 1)
    const year = project.launched ? Number(project.launched.slice(0, 4)) : undefined
    if (year === undefined) undated++
    else perYear.set(year, (perYear.get(year) ?? 0) + 1)
  }
  for (const view of projects) {
    for (const token of view.tokens)
      perTokenChain.set(token.chainId, (perTokenChain.get(token.chainId) ?? 0) + 1)
    for (const contract of view.contracts) {
      contractTotal++
      contractStatus.set(contract.status.kind, (contractStatus.get(contract.status.kind) ?? 0) + 1)
      if (contract.status.kind === 'confirmed') {
        const kind = contract.facts?.control?.kind ?? 'unread'
        control.set(kind, (control.get(kind) ?? 0) + 1)
      }
    }
  }

  const categoryIndex = new Map(registry.categories.map((category, index) => [category.id as string, index]))
  const categoryName = new Map(registry.categories.map((category) => [category.id as string, category.name]))
  const relationOrder = Object.keys(RELATION_TYPES) as RelationType[]
  const perRelation = new Map<string, number>(relationOrder.map((type) => [type, 0]))
  for (const link of graph.links) perRelation.set(link.type, (perRelation.get(link.type) ?? 0) + 1)

  const years = [...perYear.keys()].sort((a, b) => a - b)
  const first = years[0]
  const last = years[years.length - 1]
  const launches =
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => ({
          year: first + i,
          count: perYear.get(first + i) ?? 0,
        }))

  return {
    projectCount: registry.projects.length,
    categories: ranked(perCategory, (a, b) => (categoryIndex.get(a) ?? 0) - (categoryIndex.get(b) ?? 0)).map(
      ([key, count]) => ({
        key,
        name: categoryName.get(key) ?? key,
        index: categoryIndex.get(key) ?? 0,
        count,
      }),
    ),
    chains: ranked(perChain, byName).map(([key, count]) => ({ key, name: nameOf(key), count })),
    withoutChain,
    statuses: PROJECT_STATUSES.map((key) => ({ key, count: perStatus.get(key) ?? 0 })),
    relations: ranked(
      perRelation,
      (a, b) => relationOrder.indexOf(a as RelationType) - relationOrder.indexOf(b as RelationType),
    ).map(([key, count]) => ({ key: key as RelationType, count })),
    launches,
    undated,
    tokens: ranked(perTokenChain, byName).map(([key, count]) => ({ key, name: nameOf(key), count })),
    contracts: {
      total: contractTotal,
      statuses: CONTRACT_STATUSES.map((key) => ({ key, count: contractStatus.get(key) ?? 0 })),
      control: CONTROL_KINDS.map((key) => ({ key, count: control.get(key) ?? 0 })).filter(
        (entry) => entry.count > 0,
      ),
    },
  }
}
