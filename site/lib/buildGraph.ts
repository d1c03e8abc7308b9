import type { Registry, RelationType } from '../../indexer/model/schema.ts'

/** One project on the map. */
export interface GraphNode {
  /** The project's slug. */
  id: string
  name: string
  /** A category id from the registry. */
  category: string
}

/** One relation between two projects: "<source> <type> <target>". */
export interface GraphLink {
  source: string
  target: string
  type: RelationType
}

export interface Graph {
  nodes: GraphNode[]
  links: GraphLink[]
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Turns the registry into the map's graph. Pure and deterministic: nodes are sorted by slug, links by
 * source, target and type; duplicate relations and relations to unknown projects are dropped.
 *
 * @example
 * const { nodes, links } = buildGraph(registry)
 */
export function buildGraph(registry: Pick<Registry, 'projects'>): Graph {
  const nodes = registry.projects
    .map((project) => ({
      id: project.slug as string,
      name: project.name,
      category: project.category as string,
    }))
    .sort((a, b) => compare(a.id, b.id))
  const known = new Set(nodes.map((node) => node.id))
  const seen = new Set<string>()
  const links: GraphLink[] = []
  for (const project of registry.projects) {
    for (const relation of project.relations) {
      const source = project.slug as string
      const target = relation.target as string
      if (!known.has(target) || target === source) continue
      const key = `${source}\u0000${target}\u0000${relation.type}`
      if (seen.has(key)) continue
      seen.add(key)
      links.push({ source, target, type: relation.type })
    }
  }
  links.sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target) || compare(a.type, b.type))
  return { nodes, links }
}

/** Slugs of every project linked to `id`, in either direction, sorted and without duplicates. */
export function neighboursOf(id: string, links: readonly GraphLink[]): string[] {
  const neighbours = new Set<string>()
  for (const link of links) {
    if (link.source === id) neighbours.add(link.target)
    if (link.target === id) neighbours.add(link.source)
  }
  return [...neighbours].sort(compare)
}
