import { describe, expect, it } from 'vitest'
import type { Project } from '../../../indexer/model/schema.ts'
import { GRAPH_MESSAGES } from '../../i18n/graph.ts'
import { buildGraph } from '../buildGraph.ts'
import { layoutMap } from '../layoutMap.ts'
import {
  buildGraphPayload,
  decodeGraphPayload,
  encodeGraphPayload,
  layoutFromPayload,
} from './graphPayload.ts'
import { renderGraphSvg } from './renderGraphSvg.ts'

const project = (slug: string, category: string, relations: Array<{ type: string; target: string }> = []) =>
  ({ slug, name: slug.toUpperCase(), category, relations }) as unknown as Project

const projects = [
  project('a', 'x', [{ type: 'built-on', target: 'b' }]),
  project('b', 'x'),
  project('c', 'y', [{ type: 'governs', target: 'a' }]),
]

describe(buildGraphPayload.name, () => {
  const layout = layoutMap(buildGraph({ projects }), [
    { id: 'x', name: 'X' },
    { id: 'y', name: 'Y' },
  ])
  const searchable = [
    {
      slug: 'a',
      name: 'A',
      category: 'x',
      tags: ['amm'],
      chains: [],
      status: 'active',
      addresses: [],
      hasToken: true,
      ipfsFrontEnd: false,
      controlTypes: [],
    },
  ]
  const payload = buildGraphPayload(layout, searchable, { x: 'X', y: 'Y' }, GRAPH_MESSAGES.fr.verbs)

  it('packs links by node index and type, and projects in node order', () => {
    expect(payload.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c'])
    expect(payload.links.map(([s, t, type]) => [s, t, payload.types[type]])).toEqual([
      [0, 1, 'built-on'],
      [2, 0, 'governs'],
    ])
    expect(payload.projects.map((entry) => [entry.slug, entry.hasToken])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ])
    expect(payload.verbs.governs).toBe('gouverne')
  })

  it('round-trips to the same layout, so a canvas export matches the page', () => {
    const options = { title: 't', description: 'd', verbs: payload.verbs, categoryNames: new Map() }
    expect(renderGraphSvg(layoutFromPayload(JSON.parse(JSON.stringify(payload))), options)).toBe(
      renderGraphSvg(layout, options),
    )
  })
})

describe(decodeGraphPayload.name, () => {
  const layout = layoutMap(buildGraph({ projects }), [
    { id: 'x', name: 'X' },
    { id: 'y', name: 'Y' },
  ])
  const searchable = [
    {
      slug: 'a',
      name: 'A',
      category: 'x',
      tags: ['amm'],
      chains: ['1'],
      status: 'active',
      addresses: ['0xabc'],
      ens: 'a.eth',
      hasToken: true,
      ipfsFrontEnd: true,
      controlTypes: ['multisig'],
    },
  ]
  const payload = buildGraphPayload(layout, searchable, { x: 'X', y: 'Y' }, GRAPH_MESSAGES.en.verbs)

  it('gives back the payload the page was built from, in a smaller text', () => {
    const wire = encodeGraphPayload(payload)
    expect(decodeGraphPayload(JSON.parse(JSON.stringify(wire)))).toEqual(payload)
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(payload).length)
  })
})
