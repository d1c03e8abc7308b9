import type { Category, Chain, Project, Registry, RelationType } from '../../indexer/model/schema.ts'
import type { ChainSnapshot, ContractFacts, TokenFacts } from '../../indexer/snapshot/snapshotSchema.ts'
import { RELATION_VERBS as RELATION_VERBS_BY_LANG } from '../i18n/relations.ts'
import { buildGraph, type Graph, type GraphLink, neighboursOf } from './buildGraph.ts'
import { layoutMap, type MapLayout } from './layoutMap.ts'

/** How a relation reads in a sentence, "<source> <verb> <target>" (English). */
export const RELATION_VERBS: Record<RelationType, string> = RELATION_VERBS_BY_LANG.en

/** Where an on-chain fact stands in the committed snapshot. */
export type OnChainStatus =
  /** The snapshot read the address at `block` and found what the registry says. */
  | {
      kind: 'confirmed'
      block: number
      blockTimestamp: number
      stale?: { reason: string; sinceBlock: number }
    }
  /** The snapshot read the address at `block` and found no contract code there. */
  | { kind: 'no-code'; block: number; blockTimestamp: number; stale?: { reason: string; sinceBlock: number } }
  /** No snapshot of this chain holds the address yet. */
  | { kind: 'unconfirmed' }

export interface ContractView {
  chainId: string
  chainName: string
  address: string
  label: string
  source: string
  /** The chain's explorer page for the address, when the chain is known. */
  explorerUrl?: string
  status: OnChainStatus
  facts?: ContractFacts
}

export interface TokenView {
  chainId: string
  chainName: string
  address: string
  symbol: string
  source: string
  explorerUrl?: string
  status: OnChainStatus
  facts?: TokenFacts
}

export interface RelationView {
  type: RelationType
  verb: string
  /** The project at the other end. */
  other: Pick<Project, 'slug' | 'name'>
}

export interface ProjectView {
  project: Project
  category: Category | undefined
  chains: Array<{ id: string; name: string }>
  contracts: ContractView[]
  tokens: TokenView[]
  /** "<this project> <verb> <other>". */
  outgoing: RelationView[]
  /** "<other> <verb> <this project>". */
  incoming: RelationView[]
  /** Slugs of every related project, for the map's highlight. */
  neighbours: string[]
}

export interface CategoryGroup {
  category: Category
  index: number
  projects: Project[]
}

export interface Atlas {
  registry: Registry
  snapshots: Record<string, ChainSnapshot>
  graph: Graph
  layout: MapLayout
  /** Every category in registry order, with its projects sorted by name. */
  groups: CategoryGroup[]
  /** One view per project, sorted by slug. */
  projects: ProjectView[]
}

/** The chain's explorer URL with `{address}` filled in. */
export function explorerUrl(chain: Pick<Chain, 'explorer'>, address: string): string {
  return chain.explorer.replace(/\{address\}|%7Baddress%7D/gi, address)
}

const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }) => {
  const x = a.name.toLowerCase()
  const y = b.name.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

function statusOf(
  snapshot: ChainSnapshot | undefined,
  facts: ContractFacts | TokenFacts | undefined,
): OnChainStatus {
  if (!snapshot || !facts) return { kind: 'unconfirmed' }
  const stale = facts.stale ? { stale: facts.stale } : {}
  const kind = 'hasCode' in facts && !facts.hasCode ? 'no-code' : 'confirmed'
  return { kind, block: snapshot.block.number, blockTimestamp: snapshot.block.timestamp, ...stale }
}

/**
 * Everything the pages show, derived from the registry and the snapshots. Pure: no I/O, and the same input
 * always gives the same output.
 */
export function buildAtlas(registry: Registry, snapshots: Record<string, ChainSnapshot>): Atlas {
  const graph = buildGraph(registry)
  const layout = layoutMap(graph, registry.categories)
  const chains = new Map(registry.chains.map((chain) => [chain.id as string, chain]))
  const categories = new Map(registry.categories.map((category) => [category.id as string, category]))
  const bySlug = new Map(registry.projects.map((project) => [project.slug as string, project]))
  const sortedProjects = [...registry.projects].sort((a, b) =>
    a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
  )

  const groups = registry.categories.map((category, index) => ({
    category,
    index,
    projects: sortedProjects.filter((project) => project.category === category.id).sort(byName),
  }))

  const relationView = (type: RelationType, slug: string): RelationView[] => {
    const other = bySlug.get(slug)
    return other ? [{ type, verb: RELATION_VERBS[type], other: { slug: other.slug, name: other.name } }] : []
  }

  // Each project's links, indexed once: filtering all links per project is quadratic at 10,000 projects.
  const linksFrom = new Map<string, GraphLink[]>()
  const linksTo = new Map<string, GraphLink[]>()
  const add = (index: Map<string, GraphLink[]>, key: string, link: GraphLink) => {
    const list = index.get(key)
    if (list) list.push(link)
    else index.set(key, [link])
  }
  for (const link of graph.links) {
    add(linksFrom, link.source, link)
    add(linksTo, link.target, link)
  }

  const projects = sortedProjects.map((project): ProjectView => {
    const chainName = (id: string) => chains.get(id)?.name ?? id
    const explorer = (id: string, address: string) => {
      const chain = chains.get(id)
      return chain ? { explorerUrl: explorerUrl(chain, address) } : {}
    }
    const contracts = project.contracts.map((contract): ContractView => {
      const snapshot = snapshots[contract.chain]
      const facts = snapshot?.contracts[contract.address]
      return {
        chainId: contract.chain,
        chainName: chainName(contract.chain),
        address: contract.address,
        label: contract.label,
        source: contract.source,
        ...explorer(contract.chain, contract.address),
        status: statusOf(snapshot, facts),
        ...(facts ? { facts } : {}),
      }
    })
    const tokens = project.tokens.map((token): TokenView => {
      const snapshot = snapshots[token.chain]
      const facts = snapshot?.tokens[token.address]
      return {
        chainId: token.chain,
        chainName: chainName(token.chain),
        address: token.address,
        symbol: token.symbol,
        source: token.source,
        ...explorer(token.chain, token.address),
        status: statusOf(snapshot, facts),
        ...(facts ? { facts } : {}),
      }
    })
    const from = linksFrom.get(project.slug) ?? []
    const to = linksTo.get(project.slug) ?? []
    const outgoing = from.flatMap((link) => relationView(link.type, link.target))
    const incoming = to.flatMap((link) => relationView(link.type, link.source))
    return {
      project,
      category: categories.get(project.category),
      chains: project.chains.map((id) => ({ id, name: chainName(id) })),
      contracts,
      tokens,
      outgoing,
      incoming,
      neighbours: neighboursOf(project.slug, [...from, ...to]),
    }
  })

  return { registry, snapshots, graph, layout, groups, projects }
}
