import { describe, expect, it } from 'vitest'
import type { Project, Registry } from '../../indexer/model/schema.ts'
import { buildGraph, neighboursOf } from './buildGraph.ts'

const project = (slug: string, category: string, relations: Array<[string, string]> = []): Project =>
  ({
    slug,
    name: slug.toUpperCase(),
    description: 'x',
    category,
    website: `https://${slug}.example`,
    chains: [],
    status: 'active',
    contracts: [],
    tokens: [],
    relations: relations.map(([type, target]) => ({ type, target })),
    sources: [`https://${slug}.example`],
  }) as unknown as Project

const registry = (projects: Project[]): Pick<Registry, 'projects'> => ({ projects })

describe('buildGraph', () => {
  it('sorts nodes by slug and links by source, target and type', () => {
    const graph = buildGraph(
      registry([
        project('zeta', 'dex', [
          ['integrates', 'alpha'],
          ['built-on', 'alpha'],
        ]),
        project('alpha', 'layer-1'),
        project('mid', 'lending', [['built-on', 'alpha']]),
      ]),
    )
    expect(graph).toEqual({
      nodes: [
        { id: 'alpha', name: 'ALPHA', category: 'layer-1' },
        { id: 'mid', name: 'MID', category: 'lending' },
        { id: 'zeta', name: 'ZETA', category: 'dex' },
      ],
      links: [
        { source: 'mid', target: 'alpha', type: 'built-on' },
        { source: 'zeta', target: 'alpha', type: 'built-on' },
        { source: 'zeta', target: 'alpha', type: 'integrates' },
      ],
    })
  })

  it('does not depend on the order of the projects', () => {
    const a = project('a', 'dex', [['built-on', 'b']])
    const b = project('b', 'layer-1', [['bridges', 'a']])
    expect(buildGraph(registry([a, b]))).toEqual(buildGraph(registry([b, a])))
  })

  it('drops duplicate relations, self relations and relations to unknown projects', () => {
    const graph = buildGraph(
      registry([
        project('a', 'dex', [
          ['built-on', 'b'],
          ['built-on', 'b'],
          ['built-on', 'a'],
          ['built-on', 'missing'],
        ]),
        project('b', 'layer-1'),
      ]),
    )
    expect(graph.links).toEqual([{ source: 'a', target: 'b', type: 'built-on' }])
    const ids = new Set(graph.nodes.map((node) => node.id))
    for (const link of graph.links) {
      expect(ids.has(link.source)).toBe(true)
      expect(ids.has(link.target)).toBe(true)
    }
  })
})

describe('neighboursOf', () => {
  it('lists projects linked in either direction once, sorted', () => {
    const links = buildGraph(
      registry([
        project('a', 'dex', [
          ['built-on', 'c'],
          ['integrates', 'c'],
        ]),
        project('b', 'dex', [['integrates', 'a']]),
        project('c', 'layer-1'),
      ]),
    ).links
    expect(neighboursOf('a', links)).toEqual(['b', 'c'])
    expect(neighboursOf('c', links)).toEqual(['a'])
    expect(neighboursOf('nobody', links)).toEqual([])
  })
})
