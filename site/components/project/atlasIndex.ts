import type { Chain } from '../../../indexer/model/schema.ts'
import type { Atlas, ProjectView } from '../../lib/atlas.ts'

/** Look-ups every project page needs, built once per atlas instead of once per page. */
export interface AtlasIndex {
  view(slug: string): ProjectView | undefined
  /** The position of the project's category in registry order (0 when unknown). */
  categoryIndexOf(slug: string): number
  chain(id: string): Chain | undefined
}

const cache = new WeakMap<Atlas, AtlasIndex>()

/**
 * Indexes the atlas by slug and chain id, once per atlas (10,000 pages would otherwise rebuild these maps
 * 20,000 times).
 *
 * @param atlas - The built atlas.
 * @returns The look-ups.
 * @example
 * atlasIndex(atlas).categoryIndexOf('uniswap') // 0
 */
export function atlasIndex(atlas: Atlas): AtlasIndex {
  let index = cache.get(atlas)
  if (!index) {
    const views = new Map(atlas.projects.map((view) => [view.project.slug as string, view]))
    const categories = new Map(atlas.registry.categories.map((category, i) => [category.id as string, i]))
    const chains = new Map(atlas.registry.chains.map((chain) => [chain.id as string, chain]))
    index = {
      view: (slug) => views.get(slug),
      categoryIndexOf: (slug) => categories.get(views.get(slug)?.project.category ?? '') ?? 0,
      chain: (id) => chains.get(id),
    }
    cache.set(atlas, index)
  }
  return index
}
