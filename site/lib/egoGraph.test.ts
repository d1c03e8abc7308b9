import { describe, expect, it } from 'vitest'
import { type EgoGraphOptions, egoGraph } from './egoGraph.ts'

const project = (slug: string, name = slug, categoryIndex = 0) => ({ slug, name, categoryIndex })

const options = (overrides: Partial<EgoGraphOptions> = {}): EgoGraphOptions => ({
  center: project('uniswap', 'Uniswap', 1),
  relations: [
    { direction: 'out', type: 'built-on', other: project('ethereum', 'Ethereum', 2) },
    { direction: 'out', type: 'built-on', other: project('arbitrum', 'Arbitrum', 2) },
    { direction: 'in', type: 'integrates', other: project('1inch', '1inch', 1) },
    { direction: 'in', type: 'fork-of', other: project('sushiswap', 'SushiSwap', 1) },
    { direction: 'in', type: 'integrates', other: project('sushiswap', 'SushiSwap', 1) },
  ],
  hrefOf: (slug) => `../${slug}/`,
  sentence: (source, type, target) => `${source} ${type} ${target}`,
  title: 'Uniswap and its related projects',
  description: 'Uniswap in the middle.',
  more: (count) => `and ${count} more`,
  ...overrides,
})

describe(egoGraph.name, () => {
  it('draws every neighbour once, in both directions, each a link to its page', () => {
    const graph = egoGraph(options())
    expect(graph.neighbours.map((n) => n.slug)).toEqual(['1inch', 'arbitrum', 'ethereum', 'sushiswap'])
    expect(graph.neighbours.find((n) => n.slug === 'sushiswap')?.relations).toEqual([
      { direction: 'in', type: 'fork-of' },
      { direction: 'in', type: 'integrates' },
    ])
    for (const slug of ['1inch', 'arbitrum', 'ethereum', 'sushiswap'])
      expect(graph.svg).toContain(`href="../${slug}/"`)
    expect(graph.svg.match(/<line /g)).toHaveLength(5)
    expect(graph.types).toEqual(['built-on', 'fork-of', 'integrates'])
    expect(graph.svg).toContain('<title>SushiSwap fork-of Uniswap</title>')
    expect(graph.svg).toContain('<title>Uniswap built-on Ethereum</title>')
    expect(graph.svg).toContain('aria-labelledby="ego-title ego-desc"')
  })

  it('draws the same SVG for the same input, whatever the relations order, with rounded numbers', () => {
    const first = egoGraph(options()).svg
    const shuffled = egoGraph(options({ relations: [...options().relations].reverse() })).svg
    expect(shuffled).toBe(first)
    const numbers = [...first.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy)="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(numbers.length).toBeGreaterThan(10)
    for (const value of numbers) expect(value).toMatch(/^-?\d+(\.\d)?$/)
  })

  it('escapes hostile names everywhere they appear', () => {
    const hostile = '<script>alert(1)</script>"\'&'
    const graph = egoGraph(
      options({
        center: project('evil', hostile),
        relations: [
          { direction: 'out', type: 'built-on', other: project('x', `<img src=x onerror=alert(1)>`) },
        ],
        title: hostile,
      }),
    )
    expect(graph.svg).not.toMatch(/<script|<img/)
    expect(graph.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;')
    expect(graph.svg).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('draws at most maxNeighbours and counts the rest', () => {
    const relations = Array.from({ length: 30 }, (_, i) => ({
      direction: 'in' as const,
      type: 'built-on' as const,
      other: project(`p${String(i).padStart(2, '0')}`),
    }))
    const graph = egoGraph(options({ relations, maxNeighbours: 24 }))
    expect(graph.neighbours).toHaveLength(24)
    expect(graph.hidden).toBe(6)
    expect(graph.svg).toContain('and 6 more')
  })

  it('draws nothing around a project without relations', () => {
    const graph = egoGraph(options({ relations: [] }))
    expect(graph.neighbours).toEqual([])
    expect(graph.svg).not.toContain('<a ')
  })
})
