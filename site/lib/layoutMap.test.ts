import { describe, expect, it } from 'vitest'
import type { GraphLink, GraphNode } from './buildGraph.ts'
import { estimateTextWidth, layoutMap, lcg, round1, shortLabel } from './layoutMap.ts'

const categories = [
  { id: 'layer-1', name: 'Layer 1 chains' },
  { id: 'dex', name: 'Decentralized exchanges' },
  { id: 'lending', name: 'Lending' },
  { id: 'empty', name: 'No projects yet' },
]

function sampleGraph(size = 24): { nodes: GraphNode[]; links: GraphLink[] } {
  const ids = ['layer-1', 'dex', 'lending']
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    name: i === 3 ? 'A project with a really long name that needs shortening' : `Project ${i}`,
    category: ids[i % ids.length] as string,
  }))
  const links: GraphLink[] = nodes
    .slice(1)
    .map((node, i) => ({
      source: node.id,
      target: `p${String(i % 3).padStart(2, '0')}`,
      type: 'built-on' as const,
    }))
    .filter((link) => link.source !== link.target)
  return { nodes, links }
}

describe('lcg', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = lcg(42)
    const b = lcg(42)
    const values = Array.from({ length: 1000 }, () => a())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(lcg(1)()).not.toBe(lcg(2)())
  })
})

describe('helpers', () => {
  it('rounds to one decimal without negative zero', () => {
    expect(round1(1.26)).toBe(1.3)
    expect(Object.is(round1(-0.01), 0)).toBe(true)
  })
  it('shortens long labels only', () => {
    expect(shortLabel('Uniswap')).toBe('Uniswap')
    expect(shortLabel('A project with a really long name')).toBe('A project with a real…')
    expect(estimateTextWidth('mm', 10)).toBeGreaterThan(estimateTextWidth('ii', 10))
  })
})

describe('layoutMap', () => {
  it('gives identical output for identical input', () => {
    const graph = sampleGraph()
    expect(JSON.stringify(layoutMap(graph, categories))).toBe(
      JSON.stringify(layoutMap(sampleGraph(), categories)),
    )
  })

  it('gives a different layout for a different seed', () => {
    const graph = sampleGraph()
    const a = layoutMap(graph, categories, { seed: 1 })
    const b = layoutMap(graph, categories, { seed: 2 })
    expect(a.nodes.map((node) => [node.x, node.y])).not.toEqual(b.nodes.map((node) => [node.x, node.y]))
  })

  it('places every node at finite coordinates inside the view box, rounded to 0.1', () => {
    const layout = layoutMap(sampleGraph(60), categories)
    expect(layout.nodes).toHaveLength(60)
    for (const node of layout.nodes) {
      for (const value of [node.x, node.y, node.r]) {
        expect(Number.isFinite(value)).toBe(true)
        expect(round1(value)).toBe(value)
      }
      expect(node.x - node.r).toBeGreaterThanOrEqual(0)
      expect(node.y - node.r).toBeGreaterThanOrEqual(0)
      expect(node.x + node.r).toBeLessThanOrEqual(layout.width)
      expect(node.y + node.r).toBeLessThanOrEqual(layout.height)
    }
    for (const cluster of layout.clusters) {
      expect(cluster.labelX).toBeGreaterThanOrEqual(0)
      expect(cluster.labelX).toBeLessThanOrEqual(layout.width)
      expect(cluster.labelY).toBeGreaterThanOrEqual(0)
      expect(cluster.labelY).toBeLessThanOrEqual(layout.height)
    }
  })

  it('keeps node order, and links only reference existing nodes', () => {
    const graph = sampleGraph()
    graph.links.push({ source: 'p01', target: 'gone', type: 'integrates' })
    const layout = layoutMap(graph, categories)
    expect(layout.nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id))
    const ids = new Set(layout.nodes.map((node) => node.id))
    expect(layout.links).toHaveLength(graph.links.length - 1)
    for (const link of layout.links) {
      expect(ids.has(link.source)).toBe(true)
      expect(ids.has(link.target)).toBe(true)
      expect(Number.isFinite(link.x2) && Number.isFinite(link.y2)).toBe(true)
    }
  })

  it('gives a cluster only to categories with projects, in category order, and colours by category', () => {
    const layout = layoutMap(sampleGraph(), categories)
    expect(layout.clusters.map((cluster) => cluster.id)).toEqual(['layer-1', 'dex', 'lending'])
    expect(layout.nodes.find((node) => node.category === 'lending')?.categoryIndex).toBe(2)
  })

  it('groups each category around its own anchor', () => {
    const layout = layoutMap(sampleGraph(30), categories)
    const centroid = (id: string) => {
      const members = layout.nodes.filter((node) => node.category === id)
      return {
        x: members.reduce((sum, node) => sum + node.x, 0) / members.length,
        y: members.reduce((sum, node) => sum + node.y, 0) / members.length,
      }
    }
    for (const node of layout.nodes) {
      const own = centroid(node.category)
      const ownDistance = Math.hypot(node.x - own.x, node.y - own.y)
      for (const other of ['layer-1', 'dex', 'lending'].filter((id) => id !== node.category)) {
        const c = centroid(other)
        expect(ownDistance).toBeLessThan(Math.hypot(node.x - c.x, node.y - c.y))
      }
    }
  })

  it('handles an empty graph, a single category and unknown categories', () => {
    expect(layoutMap({ nodes: [], links: [] }, categories)).toMatchObject({
      nodes: [],
      links: [],
      clusters: [],
    })
    const one = layoutMap({ nodes: [{ id: 'a', name: 'A', category: 'dex' }], links: [] }, categories)
    expect(one.nodes[0]?.x).toBeGreaterThan(0)
    const unknown = layoutMap(
      {
        nodes: [
          { id: 'a', name: 'A', category: 'dex' },
          { id: 'b', name: 'B', category: 'zzz' },
        ],
        links: [],
      },
      categories,
    )
    expect(unknown.clusters.map((cluster) => [cluster.id, cluster.name, cluster.categoryIndex])).toEqual([
      ['dex', 'Decentralized exchanges', 1],
      ['zzz', 'zzz', 4],
    ])
  })
})

describe('layoutMap on a large registry', () => {
  // Above LARGE_LAYOUT_THRESHOLD the layout starts from a spiral per category and runs a short simulation.
  const graph = sampleGraph(1200)
  const layout = layoutMap(graph, categories)

  it('keeps project circles apart and every node inside the map', () => {
    let overlaps = 0
    const cell = new Map<string, number[]>()
    const key = (x: number, y: number) => `${Math.floor(x / 40)},${Math.floor(y / 40)}`
    layout.nodes.forEach((node, i) => {
      const list = cell.get(key(node.x, node.y)) ?? []
      list.push(i)
      cell.set(key(node.x, node.y), list)
    })
    layout.nodes.forEach((a, i) => {
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of cell.get(key(a.x + dx * 40, a.y + dy * 40)) ?? []) {
            const b = layout.nodes[j]
            if (j > i && b && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlaps++
          }
      expect(a.x - a.r).toBeGreaterThanOrEqual(0)
      expect(a.y - a.r).toBeGreaterThanOrEqual(0)
      expect(a.x + a.r).toBeLessThanOrEqual(layout.width)
      expect(a.y + a.r).toBeLessThanOrEqual(layout.height)
    })
    expect(overlaps).toBe(0)
  })

  it('groups each category around its own centre', () => {
    const centre = (id: string) => {
      const members = layout.nodes.filter((node) => node.category === id)
      return [
        members.reduce((sum, node) => sum + node.x, 0) / members.length,
        members.reduce((sum, node) => sum + node.y, 0) / members.length,
      ] as const
    }
    const [ax, ay] = centre('dex')
    const dexNodes = layout.nodes.filter((node) => node.category === 'dex')
    const nearer = dexNodes.filter((node) =>
      ['layer-1', 'lending'].every((other) => {
        const [ox, oy] = centre(other)
        return Math.hypot(node.x - ax, node.y - ay) < Math.hypot(node.x - ox, node.y - oy)
      }),
    )
    expect(nearer.length / dexNodes.length).toBeGreaterThan(0.95)
  })

  it('gives the same coordinates on every run', () => {
    expect(layoutMap(graph, categories)).toEqual(layout)
  })
})
