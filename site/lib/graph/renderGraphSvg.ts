import type { RelationType } from '../../../indexer/model/schema.ts'
import type { MapLayout } from '../layoutMap.ts'
import { escapeXml } from '../svgText.ts'
import { categoryColour, RELATION_ORDER, RELATION_STYLES } from './relationStyles.ts'

/** What the SVG says and links to, besides the layout. */
export interface RenderGraphSvgOptions {
  /** The accessible name of the map (its `<title>`). */
  title: string
  /** The text alternative: a sentence on what the map shows (its `<desc>`). */
  description: string
  /** How a relation reads, per type ("built on"). */
  verbs: Record<RelationType, string>
  /** Category names by id, for each node's tooltip. */
  categoryNames: ReadonlyMap<string, string>
  /** The URL of a project's page; when given, every node is a link to it. */
  hrefFor?: (id: string) => string
  /** Paints a white background and sets the size in pixels, for a file opened on its own. */
  standalone?: boolean
  /** Ids of the nodes drawn faded (outside the current search or filters). */
  dimmed?: ReadonlySet<string>
}

/** A number as SVG writes it: rounded to 0.1, no negative zero. */
const num = (value: number) => {
  const rounded = Math.round(value * 10) / 10
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/**
 * Draws a laid-out map as an SVG document string: typed arrows (colour and dash per relation type), nodes
 * coloured by category with their names, category names outside each cluster. Every colour is an attribute,
 * so the file renders on its own; the page's CSS overrides them for the dark theme and the highlight. Pure:
 * the same layout and options give the same bytes, which the golden test relies on.
 *
 * @param layout - the build-time layout (`layoutMap`)
 * @param options - texts, links and export settings
 * @returns the `<svg>` element as a string
 * @example renderGraphSvg(atlas.layout, { title: 'Map', description: '…', verbs, categoryNames })
 */
export function renderGraphSvg(layout: MapLayout, options: RenderGraphSvgOptions): string {
  const { verbs, categoryNames, hrefFor, standalone = false, dimmed } = options
  const names = new Map(layout.nodes.map((node) => [node.id, node.name]))
  const used = RELATION_ORDER.filter((type) => layout.links.some((link) => link.type === type))
  const out: string[] = []
  const size = standalone ? ` width="${layout.width}" height="${layout.height}"` : ''
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${layout.width} ${layout.height}"${size} role="${hrefFor ? 'group' : 'img'}" aria-labelledby="map-title" aria-describedby="map-desc" font-family="system-ui, sans-serif">`,
    `<title id="map-title">${escapeXml(options.title)}</title>`,
    `<desc id="map-desc">${escapeXml(options.description)}</desc>`,
    '<defs>',
  )
  for (const type of used) {
    out.push(
      `<marker id="arrow-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${RELATION_STYLES[type].colour}"/></marker>`,
    )
  }
  out.push('</defs>')
  if (standalone) out.push(`<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`)
  out.push('<g class="viewport">', '<g class="links">')
  for (const link of layout.links) {
    const style = RELATION_STYLES[link.type]
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : ''
    const faded =
      dimmed && (dimmed.has(link.source) || dimmed.has(link.target)) ? ' is-dimmed" opacity="0.15' : ''
    const label = `${names.get(link.source) ?? link.source} ${verbs[link.type]} ${names.get(link.target) ?? link.target}`
    out.push(
      `<line class="link link--${link.type}${faded}" x1="${num(link.x1)}" y1="${num(link.y1)}" x2="${num(link.x2)}" y2="${num(link.y2)}" stroke="${style.colour}" stroke-width="${style.width}"${dash} stroke-opacity="0.7" marker-end="url(#arrow-${link.type})" data-source="${escapeXml(link.source)}" data-target="${escapeXml(link.target)}"><title>${escapeXml(label)}</title></line>`,
    )
  }
  out.push('</g>')
  for (const cluster of layout.clusters) {
    const colour = categoryColour(cluster.categoryIndex)
    out.push(
      `<g class="cluster cat-${cluster.categoryIndex % 12}" data-category="${escapeXml(cluster.id)}">`,
      `<text class="cluster-label" x="${num(cluster.labelX)}" y="${num(cluster.labelY)}" text-anchor="${cluster.labelAnchor}" font-size="${layout.clusterFontSize}" font-weight="700" fill="${colour}">${escapeXml(cluster.name)}</text>`,
    )
    for (const node of layout.nodes) {
      if (node.category !== cluster.id) continue
      const tag = hrefFor ? 'a' : 'g'
      const href = hrefFor ? ` href="${escapeXml(hrefFor(node.id))}"` : ''
      const faded = dimmed?.has(node.id) ? ' is-dimmed" opacity="0.2' : ''
      const tip = `${node.name} (${categoryNames.get(node.category) ?? node.category})`
      out.push(
        `<${tag} class="node${faded}"${href} data-id="${escapeXml(node.id)}">`,
        `<title>${escapeXml(tip)}</title>`,
        `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.r)}" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`,
        `<text x="${num(node.x)}" y="${num(node.y + node.r + 13)}" text-anchor="middle" font-size="12" fill="#1a1d23">${escapeXml(node.label)}</text>`,
        `</${tag}>`,
      )
    }
    out.push('</g>')
  }
  out.push('</g>', '</svg>')
  return out.join('\n')
}
