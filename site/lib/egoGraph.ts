import type { RelationType } from '../../indexer/model/schema.ts'
import { escapeXml, shortenText } from './svgText.ts'

/** A project as the ego graph draws it. */
export interface EgoProject {
  slug: string
  name: string
  /** Position of its category in registry order: picks the `cat-<n % 12>` colour class. */
  categoryIndex: number
}

/** One relation touching the centre: `out` reads "<centre> <type> <other>", `in` "<other> <type> <centre>". */
export interface EgoRelation {
  direction: 'out' | 'in'
  type: RelationType
  other: EgoProject
}

export interface EgoGraphOptions {
  center: EgoProject
  relations: readonly EgoRelation[]
  /** Relative URL of a project's page. */
  hrefOf: (slug: string) => string
  /** How a relation reads, in the page's language: "Uniswap built on Ethereum". */
  sentence: (source: string, type: RelationType, target: string) => string
  /** The graph's accessible name and description, in the page's language. */
  title: string
  description: string
  /** "and 12 more" when neighbours are left out of the drawing. */
  more: (count: number) => string
  /** Neighbours drawn at most; the rest are counted (the relations list always has them all). */
  maxNeighbours?: number
}

export interface EgoNeighbour extends EgoProject {
  x: number
  y: number
  relations: Array<{ direction: 'out' | 'in'; type: RelationType }>
}

export interface EgoGraph {
  /** A standalone `<svg>` element; every text in it is XML-escaped. */
  svg: string
  /** Relation types drawn, sorted, for the legend. */
  types: RelationType[]
  /** Neighbours drawn, in drawing order. */
  neighbours: EgoNeighbour[]
  /** Neighbours left out of the drawing. */
  hidden: number
}

export const EGO_WIDTH = 720
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const round = (value: number) => Math.round(value * 10) / 10

/**
 * Draws a project and its direct neighbours (projects it relates to and projects relating to it) as a
 * radial SVG, at build time: the centre in the middle, neighbours on one ring (two alternating rings past
 * twelve), one arrow per relation pointing at its target, each neighbour a link to its page. Pure and
 * deterministic: neighbours sorted by name then slug, coordinates rounded to 0.1.
 *
 * @param options - The centre, its relations, URLs and the page's words.
 * @returns The SVG markup and what it drew.
 * @example
 * const { svg } = egoGraph({ center, relations, hrefOf: (slug) => `../${slug}/`, sentence, title, description, more })
 */
export function egoGraph(options: EgoGraphOptions): EgoGraph {
  const { center, hrefOf, sentence, maxNeighbours = 24 } = options
  const bySlug = new Map<string, EgoNeighbour>()
  for (const relation of options.relations) {
    if (relation.other.slug === center.slug) continue
    let neighbour = bySlug.get(relation.other.slug)
    if (!neighbour) {
      neighbour = { ...relation.other, x: 0, y: 0, relations: [] }
      bySlug.set(relation.other.slug, neighbour)
    }
    if (!neighbour.relations.some((r) => r.direction === relation.direction && r.type === relation.type))
      neighbour.relations.push({ direction: relation.direction, type: relation.type })
  }
  const all = [...bySlug.values()].sort(
    (a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.slug, b.slug),
  )
  for (const neighbour of all)
    neighbour.relations.sort((a, b) => compare(a.direction, b.direction) || compare(a.type, b.type))
  const neighbours = all.slice(0, maxNeighbours)
  const hidden = all.length - neighbours.length

  const twoRings = neighbours.length > 12
  const height = neighbours.length === 0 ? 160 : twoRings ? 600 : 440
  const cx = EGO_WIDTH / 2
  const cy = height / 2
  for (const [i, neighbour] of neighbours.entries()) {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / neighbours.length
    const radius = twoRings ? (i % 2 === 0 ? 150 : 240) : 150
    neighbour.x = round(cx + radius * Math.cos(angle))
    neighbour.y = round(cy + radius * Math.sin(angle))
  }

  const types = [...new Set(neighbours.flatMap((n) => n.relations.map((r) => r.type)))].sort(compare)
  const nodeRadius = 9
  const centerRadius = 16
  const edges: string[] = []
  for (const neighbour of neighbours) {
    const dx = neighbour.x - cx
    const dy = neighbour.y - cy
    const length = Math.hypot(dx, dy) || 1
    const [ux, uy] = [dx / length, dy / length]
    for (const [k, relation] of neighbour.relations.entries()) {
      // Parallel relations between the same pair sit side by side, 5 px apart.
      const offset = (k - (neighbour.relations.length - 1) / 2) * 5
      const [ox, oy] = [-uy * offset, ux * offset]
      const near = { x: cx + ux * (centerRadius + 3) + ox, y: cy + uy * (centerRadius + 3) + oy }
      const far = { x: neighbour.x - ux * (nodeRadius + 3) + ox, y: neighbour.y - uy * (nodeRadius + 3) + oy }
      const [from, to] = relation.direction === 'out' ? [near, far] : [far, near]
      const text =
        relation.direction === 'out'
          ? sentence(center.name, relation.type, neighbour.name)
          : sentence(neighbour.name, relation.type, center.name)
      edges.push(
        `<line class="ego-edge ego-edge--${relation.type}" x1="${round(from.x)}" y1="${round(from.y)}" x2="${round(to.x)}" y2="${round(to.y)}" marker-end="url(#ego-arrow-${relation.type})"><title>${escapeXml(text)}</title></line>`,
      )
    }
  }

  const nodes = neighbours.map((neighbour) => {
    const cos = (neighbour.x - cx) / (Math.hypot(neighbour.x - cx, neighbour.y - cy) || 1)
    const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle'
    const below = neighbour.y >= cy
    const lx = anchor === 'start' ? neighbour.x + 14 : anchor === 'end' ? neighbour.x - 14 : neighbour.x
    const ly = anchor === 'middle' ? (below ? neighbour.y + 26 : neighbour.y - 16) : neighbour.y + 5
    return [
      `<a class="ego-node cat-${neighbour.categoryIndex % 12}" href="${escapeXml(hrefOf(neighbour.slug))}">`,
      `<title>${escapeXml(neighbour.name)}</title>`,
      `<circle cx="${neighbour.x}" cy="${neighbour.y}" r="${nodeRadius}"/>`,
      `<text x="${round(lx)}" y="${round(ly)}" text-anchor="${anchor}" aria-hidden="true">${escapeXml(shortenText(neighbour.name, 20))}</text>`,
      '</a>',
    ].join('')
  })

  const markers = types.map(
    (type) =>
      `<marker id="ego-arrow-${type}" class="ego-arrow ego-arrow--${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker>`,
  )
  const moreText =
    hidden > 0
      ? `<text class="ego-more" x="${EGO_WIDTH - 12}" y="${height - 12}" text-anchor="end">${escapeXml(options.more(hidden))}</text>`
      : ''
  const svg = [
    `<svg class="ego-svg" viewBox="0 0 ${EGO_WIDTH} ${height}" width="${EGO_WIDTH}" height="${height}" aria-labelledby="ego-title ego-desc">`,
    `<title id="ego-title">${escapeXml(options.title)}</title>`,
    `<desc id="ego-desc">${escapeXml(options.description)}</desc>`,
    markers.length > 0 ? `<defs>${markers.join('')}</defs>` : '',
    `<g class="ego-edges">${edges.join('')}</g>`,
    `<g class="ego-nodes">${nodes.join('')}</g>`,
    `<g class="ego-center cat-${center.categoryIndex % 12}"><circle cx="${cx}" cy="${cy}" r="${centerRadius}"/>`,
    `<text x="${cx}" y="${round(cy + centerRadius + 20)}" text-anchor="middle" aria-hidden="true">${escapeXml(shortenText(center.name, 28))}</text></g>`,
    moreText,
    '</svg>',
  ].join('')
  return { svg, types, neighbours, hidden }
}
