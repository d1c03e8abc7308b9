import type { Atlas, ProjectView } from '../atlas.ts'

/** What the landscape can size and badge cards by. */
export const LANDSCAPE_METRICS = ['relations', 'chains', 'contracts', 'tokens'] as const
export type LandscapeMetric = (typeof LANDSCAPE_METRICS)[number]

/** One logo card: a project with its metric values and, per metric, a size tier from 0 (none) to 3. */
export interface LandscapeCard {
  slug: string
  name: string
  status: string
  metrics: Record<LandscapeMetric, number>
  tiers: Record<LandscapeMetric, number>
}

/** A subcategory's cards; `id` and `name` are empty for the "Other" group of projects without one. */
export interface LandscapeGroup {
  id: string
  name: string
  cards: LandscapeCard[]
}

/** A category section of the landscape, in registry order. */
export interface LandscapeSection {
  id: string
  name: string
  description: string
  /** Position in registry/categories.yaml, for the category colour. */
  index: number
  count: number
  groups: LandscapeGroup[]
}

export interface Landscape {
  sections: LandscapeSection[]
  projectCount: number
  categoryCount: number
  relationCount: number
}

/** A project's value for each metric: relations in and out, chains, contracts and tokens listed. */
export function metricsOf(view: ProjectView): Record<LandscapeMetric, number> {
  return {
    relations: view.outgoing.length + view.incoming.length,
    chains: view.chains.length,
    contracts: view.contracts.length,
    tokens: view.tokens.length,
  }
}

/**
 * The size tier of a value against the largest value of that metric: 0 for zero, then thirds of the
 * square root of the range (so a few giants do not shrink everyone else to the smallest size).
 * @example tierOf(0, 40) // 0
 * @example tierOf(40, 40) // 3
 */
export function tierOf(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0
  return Math.min(3, Math.max(1, Math.ceil((Math.sqrt(value) / Math.sqrt(max)) * 3)))
}

/**
 * The landscape: every category in registry order, split into its subcategories (in the order
 * categories.yaml lists them; projects without one last, in an "Other" group), cards sorted by name.
 * Categories and groups with no project are left out. Pure: the same atlas always gives the same landscape.
 * @param atlas - the atlas every page reads
 * @returns the sections and the counts of the intro
 * @example buildLandscape(await loadAtlas()).sections[0].groups[0].cards[0].name // "Aptos"
 */
export function buildLandscape(atlas: Pick<Atlas, 'groups' | 'projects' | 'graph'>): Landscape {
  const views = new Map(atlas.projects.map((view) => [view.project.slug as string, view]))
  const metrics = new Map(atlas.projects.map((view) => [view.project.slug as string, metricsOf(view)]))
  const max = Object.fromEntries(
    LANDSCAPE_METRICS.map((metric) => [
      metric,
      Math.max(0, ...[...metrics.values()].map((values) => values[metric])),
    ]),
  ) as Record<LandscapeMetric, number>

  const card = (slug: string): LandscapeCard => {
    const view = views.get(slug)
    const values = metrics.get(slug) ?? { relations: 0, chains: 0, contracts: 0, tokens: 0 }
    const tiers = Object.fromEntries(
      LANDSCAPE_METRICS.map((metric) => [metric, tierOf(values[metric], max[metric])]),
    ) as Record<LandscapeMetric, number>
    return {
      slug,
      name: view?.project.name ?? slug,
      status: view?.project.status ?? 'active',
      metrics: values,
      tiers,
    }
  }

  const sections = atlas.groups
    .filter((group) => group.projects.length > 0)
    .map((group): LandscapeSection => {
      const known = new Set(group.category.subcategories.map((sub) => sub.id as string))
      const named = group.category.subcategories.map((sub) => ({
        id: sub.id as string,
        name: sub.name,
        cards: group.projects.filter((project) => project.subcategory === sub.id).map((p) => card(p.slug)),
      }))
      const other = {
        id: '',
        name: '',
        cards: group.projects
          .filter((project) => !project.subcategory || !known.has(project.subcategory))
          .map((p) => card(p.slug)),
      }
      return {
        id: group.category.id,
        name: group.category.name,
        description: group.category.description,
        index: group.index,
        count: group.projects.length,
        groups: [...named, other].filter((g) => g.cards.length > 0),
      }
    })

  return {
    sections,
    projectCount: atlas.projects.length,
    categoryCount: sections.length,
    relationCount: atlas.graph.links.length,
  }
}
