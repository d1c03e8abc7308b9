import type { Project, Registry, RelationType } from '../model/schema.ts'
import { API_VERSION, OPEN_DATA_LICENSE } from './openDataLicense.ts'

/** One project as the open-data API publishes it: the registry entry plus the relations pointing at it. */
export interface ProjectRecord {
  slug: string
  name: string
  description: string
  category: string
  subcategory?: string
  tags: string[]
  website: string
  links: Record<string, string>
  logo?: string
  launched?: string
  status: Project['status']
  ens?: string
  chains: string[]
  contracts: Array<{
    chain: string
    address: string
    label: string
    role: Project['contracts'][number]['role']
    source: string
  }>
  tokens: Array<{
    chain: string
    address: string
    symbol: string
    decimals?: number
    name?: string
    source: string
  }>
  relations: Array<{ type: RelationType; target: string }>
  /** Relations other projects declare towards this one, "<source> <type> <this project>". */
  relatedFrom: Array<{ type: RelationType; source: string }>
  sources: string[]
}

/**
 * Turns a validated project into its published record, with fields in a fixed order and optional ones
 * left out when absent, so the JSON is byte-stable. Pure.
 * @param project - the project to publish
 * @param registry - the whole registry, to find relations pointing at the project
 * @example toProjectRecord(uniswap, registry).relatedFrom // [{ type: 'indexes', source: 'the-graph' }]
 */
export function toProjectRecord(
  project: Project,
  registry: Registry,
  incoming: RelatedFromIndex = relatedFromIndex(registry),
): ProjectRecord {
  const relatedFrom = incoming.get(project.slug) ?? []
  const links = Object.fromEntries(
    Object.entries(project.links)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .sort(([a], [b]) => compare(a, b)),
  )
  return {
    slug: project.slug,
    name: project.name,
    description: project.description,
    category: project.category,
    ...(project.subcategory ? { subcategory: project.subcategory } : {}),
    tags: [...project.tags],
    website: project.website,
    links,
    ...(project.logo ? { logo: project.logo } : {}),
    ...(project.launched ? { launched: project.launched } : {}),
    status: project.status,
    ...(project.ens ? { ens: project.ens } : {}),
    chains: [...project.chains],
    contracts: project.contracts.map(({ chain, address, label, role, source }) => ({
      chain,
      address,
      label,
      role,
      source,
    })),
    tokens: project.tokens.map(({ chain, address, symbol, decimals, name, source }) => ({
      chain,
      address,
      symbol,
      ...(decimals === undefined ? {} : { decimals }),
      ...(name === undefined ? {} : { name }),
      source,
    })),
    relations: project.relations.map(({ type, target }) => ({ type, target })),
    relatedFrom,
    sources: [...project.sources],
  }
}

/** Relations pointing at each project, by target slug, sorted by source then type. */
export type RelatedFromIndex = ReadonlyMap<string, ProjectRecord['relatedFrom']>

/**
 * Indexes every relation by its target, once for the whole registry, so publishing 10,000 projects does
 * not scan every relation for each of them. Pass it to `toProjectRecord` and `projectDocument`.
 */
export function relatedFromIndex(registry: Registry): RelatedFromIndex {
  const index = new Map<string, ProjectRecord['relatedFrom']>()
  for (const other of registry.projects) {
    for (const relation of other.relations) {
      const entry = { type: relation.type, source: other.slug as string }
      const list = index.get(relation.target)
      if (list) list.push(entry)
      else index.set(relation.target, [entry])
    }
  }
  for (const list of index.values())
    list.sort((a, b) => compare(`${a.source} ${a.type}`, `${b.source} ${b.type}`))
  return index
}

/**
 * The file `api/projects/<slug>.json`: the record wrapped with the API version and the data licence.
 * @example projectDocument(uniswap, registry).license.id // 'CC-BY-4.0'
 */
export function projectDocument(project: Project, registry: Registry, incoming?: RelatedFromIndex) {
  return {
    apiVersion: API_VERSION,
    license: OPEN_DATA_LICENSE,
    project: toProjectRecord(project, registry, incoming ?? relatedFromIndex(registry)),
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
