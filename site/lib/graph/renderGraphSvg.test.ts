/**
 * Golden test of the graph's SVG: a fixed small registry, laid out at a fixed seed, drawn to an SVG string
 * and compared byte for byte with `site/lib/__golden__/graph-small.svg`, so any change to the layout or
 * the drawing shows up in review as a diff of that file. After an intended change, rewrite it with
 *   UPDATE_GOLDEN=1 npm exec vitest run site/lib/graph/renderGraphSvg.test.ts
 * (that is also how it was first written), look at the diff, and commit it.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Project, RelationType } from '../../../indexer/model/schema.ts'
import { GRAPH_MESSAGES } from '../../i18n/graph.ts'
import { buildGraph } from '../buildGraph.ts'
import { layoutMap } from '../layoutMap.ts'
import { escapeXml } from '../svgText.ts'
import { renderGraphSvg } from './renderGraphSvg.ts'

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '..', '__golden__', 'graph-small.svg')

const categories = [
  { id: 'layer-1', name: 'Layer 1 chains' },
  { id: 'dex', name: 'Decentralized exchanges' },
  { id: 'oracles', name: 'Oracles & data' },
]

const project = (
  slug: string,
  name: string,
  category: string,
  relations: Array<[RelationType, string]> = [],
) =>
  ({
    slug,
    name,
    category,
    relations: relations.map(([type, target]) => ({ type, target })),
  }) as unknown as Project

/** A small registry with every relation type and a name that needs escaping. */
const fixture = [
  project('ethereum', 'Ethereum', 'layer-1'),
  project('optimism', 'Optimism', 'layer-1', [['built-on', 'ethereum']]),
  project('arbitrum', 'Arbitrum One', 'layer-1', [
    ['built-on', 'ethereum'],
    ['bridges', 'optimism'],
  ]),
  project('uniswap', 'Uniswap', 'dex', [
    ['built-on', 'ethereum'],
    ['built-on', 'arbitrum'],
    ['governs', 'uniswap-v2'],
  ]),
  project('uniswap-v2', 'Uniswap <v2> & "friends"', 'dex', [['audited-by', 'chainlink']]),
  project('sushiswap', 'SushiSwap', 'dex', [
    ['fork-of', 'uniswap-v2'],
    ['integrates', 'chainlink'],
  ]),
  project('chainlink', 'Chainlink', 'oracles', [
    ['oracle-for', 'uniswap'],
    ['built-on', 'ethereum'],
  ]),
  project('the-graph', 'The Graph', 'oracles', [['indexes', 'uniswap']]),
]

function render(): string {
  const graph = buildGraph({ projects: fixture })
  const layout = layoutMap(graph, categories, { seed: 42, ticks: 200 })
  const m = GRAPH_MESSAGES.en
  return `${renderGraphSvg(layout, {
    title: m.mapTitle(graph.nodes.length, categories.length, graph.links.length),
    description: m.mapDescription,
    verbs: m.verbs,
    categoryNames: new Map(categories.map((category) => [category.id, category.name])),
    hrefFor: (id) => `../projects/${id}/`,
  })}\n`
}

describe(renderGraphSvg.name, () => {
  it('draws the fixture registry exactly as the committed golden file', async () => {
    const svg = render()
    if (process.env.UPDATE_GOLDEN === '1') {
      await mkdir(dirname(GOLDEN), { recursive: true })
      await writeFile(GOLDEN, svg)
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run this test once with UPDATE_GOLDEN=1`).toBe(true)
    expect(svg).toBe(await readFile(GOLDEN, 'utf8'))
  })

  it('is the same on every run and writes only rounded numbers', () => {
    const svg = render()
    expect(svg).toBe(render())
    const numbers = [...svg.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy|r)="(-?[\d.]+)"/g)].map(
      (match) => match[1] ?? '',
    )
    expect(numbers.length).toBeGreaterThan(40)
    expect(numbers.every((value) => /^-?\d+(\.\d)?$/.test(value))).toBe(true)
  })

  it('links every node to its project page and types every relation', () => {
    const svg = render()
    expect(svg.match(/<a class="node"/g)).toHaveLength(fixture.length)
    expect(svg).toContain('href="../projects/the-graph/"')
    expect(svg).toContain('<title>The Graph indexes Uniswap</title>')
    for (const type of [
      'built-on',
      'bridges',
      'governs',
      'audited-by',
      'fork-of',
      'integrates',
      'oracle-for',
      'indexes',
    ])
      expect(svg).toContain(`marker-end="url(#arrow-${type})"`)
  })

  it('escapes names so hostile text stays text', () => {
    const svg = render()
    expect(svg).toContain('Uniswap &lt;v2&gt; &amp; &quot;friends&quot;')
    expect(svg).not.toContain('<v2>')
    expect(escapeXml(`<script>'x'</script>`)).toBe('&lt;script&gt;&#39;x&#39;&lt;/script&gt;')
  })

  it('fades the dimmed nodes and their relations in an export, and paints a background', () => {
    const graph = buildGraph({ projects: fixture })
    const layout = layoutMap(graph, categories, { seed: 42, ticks: 50 })
    const svg = renderGraphSvg(layout, {
      title: 't',
      description: 'd',
      verbs: GRAPH_MESSAGES.fr.verbs,
      categoryNames: new Map(),
      standalone: true,
      dimmed: new Set(['the-graph']),
    })
    expect(svg).toMatch(/<g class="node is-dimmed" opacity="0.2" data-id="the-graph">/)
    expect(svg).toMatch(/class="link link--indexes is-dimmed" opacity="0.15"/)
    expect(svg).not.toMatch(/class="link link--built-on is-dimmed/)
    expect(svg).toContain(`<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`)
    expect(svg).toContain('The Graph indexe Uniswap')
    expect(svg).not.toContain('<a ')
  })
})
