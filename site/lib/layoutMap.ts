import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import type { GraphLink, GraphNode } from './buildGraph.ts'
import { shortenText } from './svgText.ts'

/** The fields of a category the layout needs: its id and display name, in registry order. */
export interface LayoutCategory {
  id: string
  name: string
}

export interface LayoutOptions {
  /** Seed of the random source d3-force uses to separate coincident nodes. */
  seed?: number
  /** Simulation steps, run synchronously (default: 300, or 30 above `LARGE_LAYOUT_THRESHOLD` nodes). */
  ticks?: number
}

export interface PositionedNode extends GraphNode {
  x: number
  y: number
  /** Circle radius. */
  r: number
  /** Text shown under the circle (the name, shortened when long). */
  label: string
  /** Index of the category in the registry's order, which picks the node's colour. */
  categoryIndex: number
}

export interface PositionedLink extends GraphLink {
  x1: number
  y1: number
  /** End of the line: on the edge of the target's circle, so an arrow head stays visible. */
  x2: number
  y2: number
}

export interface CategoryCluster {
  id: string
  name: string
  categoryIndex: number
  /** Where the category's name is drawn, outside its cluster. */
  labelX: number
  labelY: number
  labelAnchor: 'start' | 'middle' | 'end'
  size: number
}

export interface MapLayout {
  width: number
  height: number
  nodes: PositionedNode[]
  links: PositionedLink[]
  clusters: CategoryCluster[]
  /** Font size of the category names, in map units: larger maps get larger names. */
  clusterFontSize: number
}

export const DEFAULT_SEED = 0x5eed
export const DEFAULT_TICKS = 300
/**
 * Above this many nodes the layout starts from a packed spiral per category instead of random points, so a
 * short, cheap simulation (no many-body force, one collision pass) only has to tidy it: the full simulation
 * grows faster than linearly and took minutes at 10,000 projects.
 */
export const LARGE_LAYOUT_THRESHOLD = 1000
/** Simulation steps for a large map: the spiral is already close to the result. */
export const LARGE_LAYOUT_TICKS = 30
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
/** Font sizes the map's CSS uses; label widths below are estimated from them. */
export const LABEL_FONT_SIZE = 12
export const CLUSTER_FONT_SIZE = 14
const CLUSTER_FONT_MAX = 40
const MARGIN = 16
const LABEL_MAX = 22

/**
 * A 32-bit linear congruential generator (Numerical Recipes constants) returning numbers in [0, 1).
 * The same seed always gives the same sequence on every machine.
 */
export function lcg(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x1_0000_0000
  }
}

/** Rounds to one decimal, so coordinates do not depend on the last bits of floating point maths. */
export const round1 = (value: number) => {
  const rounded = Math.round(value * 10) / 10
  return Object.is(rounded, -0) ? 0 : rounded
}

/** Shortens a name for the map; the full name stays in the node's tooltip and on its page. */
export function shortLabel(name: string, max = LABEL_MAX): string {
  return shortenText(name, max)
}

/** A rough width of `text` in a sans-serif font, enough to keep labels from overlapping. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) {
    if (/[iljtf.,:;'|!I ()]/.test(char)) em += 0.33
    else if (/[mwMW@]/.test(char)) em += 0.9
    else if (/[A-Z0-9]/.test(char)) em += 0.7
    else em += 0.6
  }
  return em * fontSize
}

interface SimNode extends SimulationNodeDatum {
  id: string
  anchorX: number
  anchorY: number
  category: string
  collide: number
}

/**
 * Packs each category's nodes on a sunflower (phyllotaxis) spiral around its anchor, the most connected
 * first so hubs sit in the middle. Each node's distance from the centre grows with the area the nodes
 * before it take, so nodes of any size start without overlapping much. O(n log n), deterministic.
 */
function placeOnSpirals(simNodes: SimNode[], degree: ReadonlyMap<string, number>): void {
  const byCategory = new Map<string, SimNode[]>()
  for (const node of simNodes) {
    const members = byCategory.get(node.category)
    if (members) members.push(node)
    else byCategory.set(node.category, [node])
  }
  for (const members of byCategory.values()) {
    members.sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
    let area = 0
    members.forEach((node, i) => {
      // Hexagonal packing takes about 2√3·r² per circle of radius r; a disc of radius R holds πR².
      const distance = Math.sqrt(((area + node.collide ** 2 / 2) * 2 * Math.sqrt(3)) / Math.PI)
      area += node.collide ** 2
      const angle = i * GOLDEN_ANGLE
      node.x = node.anchorX + distance * Math.cos(angle)
      node.y = node.anchorY + distance * Math.sin(angle)
    })
  }
}

/**
 * Lays the map out at build time: each category gets an anchor on a circle (in category order, sized so
 * clusters do not overlap), nodes are pulled to their category's anchor, pushed apart and held by their
 * relations. Pure and deterministic: a seeded random source, a fixed number of synchronous ticks, and every
 * coordinate rounded to 0.1. Coordinates are shifted so the whole map, labels included, fits in
 * `0 0 width height`.
 *
 * @example
 * const layout = layoutMap(buildGraph(registry), registry.categories)
 */
export function layoutMap(
  graph: { nodes: readonly GraphNode[]; links: readonly GraphLink[] },
  categories: readonly LayoutCategory[],
  options: LayoutOptions = {},
): MapLayout {
  const large = graph.nodes.length > LARGE_LAYOUT_THRESHOLD
  const { seed = DEFAULT_SEED, ticks = large ? LARGE_LAYOUT_TICKS : DEFAULT_TICKS } = options
  const random = lcg(seed)
  const ids = new Set(graph.nodes.map((node) => node.id))
  const links = graph.links.filter((link) => ids.has(link.source) && ids.has(link.target))

  // Categories in registry order, then any unknown ones (sorted) so no node is left without an anchor.
  const order = new Map(categories.map((category, index) => [category.id, index]))
  const names = new Map(categories.map((category) => [category.id, category.name]))
  const extra = [...new Set(graph.nodes.map((node) => node.category))].filter((id) => !order.has(id)).sort()
  for (const id of extra) order.set(id, order.size)
  const indexOf = (id: string) => order.get(id) ?? 0

  const degree = new Map<string, number>()
  for (const link of links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1)
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1)
  }
  const drawn = graph.nodes.map((node) => {
    const r = round1(6.5 + Math.min(8, Math.sqrt(degree.get(node.id) ?? 0) * 1.8))
    const label = shortLabel(node.name)
    const labelWidth = estimateTextWidth(label, LABEL_FONT_SIZE)
    return { node, r, label, labelWidth, collide: Math.max(r + 6, labelWidth / 2 + 4) }
  })

  // One anchor per category that has projects, on a circle long enough to hold every cluster side by side.
  const used = [...order.keys()]
    .filter((id) => graph.nodes.some((node) => node.category === id))
    .sort((a, b) => indexOf(a) - indexOf(b))
  const clusterRadius = new Map<string, number>()
  for (const id of used) {
    const area = drawn.filter((d) => d.node.category === id).reduce((sum, d) => sum + d.collide ** 2, 0)
    clusterRadius.set(id, Math.sqrt(area) * 1.1)
  }
  const span = (id: string) => 2 * (clusterRadius.get(id) ?? 0) + 20
  const circumference = used.reduce((sum, id) => sum + span(id), 0)
  const ringRadius =
    used.length > 1
      ? Math.max((circumference / (2 * Math.PI)) * 0.85, 1.5 * Math.max(...clusterRadius.values()))
      : 0
  // Category names grow with the map, so they stay readable when the whole map is fitted to a screen.
  const maxCluster = Math.max(0, ...clusterRadius.values())
  const clusterFontSize = Math.round(
    Math.min(CLUSTER_FONT_MAX, Math.max(CLUSTER_FONT_SIZE, ((ringRadius + maxCluster) * 2) / 70)),
  )
  const anchors = new Map<string, { x: number; y: number }>()
  let walked = 0
  for (const id of used) {
    const angle = -Math.PI / 2 + (2 * Math.PI * (walked + span(id) / 2)) / circumference
    walked += span(id)
    anchors.set(id, { x: round1(ringRadius * Math.cos(angle)), y: round1(ringRadius * Math.sin(angle)) })
  }

  const simNodes: SimNode[] = drawn.map(({ node, collide }) => {
    const anchor = anchors.get(node.category) ?? { x: 0, y: 0 }
    const spread = clusterRadius.get(node.category) ?? 10
    return {
      id: node.id,
      category: node.category,
      collide,
      anchorX: anchor.x,
      anchorY: anchor.y,
      x: anchor.x + (random() - 0.5) * spread,
      y: anchor.y + (random() - 0.5) * spread,
    }
  })
  if (large) placeOnSpirals(simNodes, degree)
  const simLinks: Array<SimulationLinkDatum<SimNode>> = links.map((link) => ({
    source: link.source,
    target: link.target,
  }))
  const sameCategory = (link: SimulationLinkDatum<SimNode>) =>
    (link.source as SimNode).category === (link.target as SimNode).category

  const simulation = forceSimulation<SimNode>(simNodes)
    .stop()
    .randomSource(random)
    .force('x', forceX<SimNode>((node) => node.anchorX).strength(0.12))
    .force('y', forceY<SimNode>((node) => node.anchorY).strength(0.12))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance((link) => (link.source as SimNode).collide + (link.target as SimNode).collide + 10)
        .strength((link) => (sameCategory(link) ? 0.1 : 0.005)),
    )
  // The spiral already spaces a large map's nodes; the many-body force would only cost time there.
  if (!large) simulation.force('charge', forceManyBody<SimNode>().strength(-10).distanceMax(250))
  simulation.force('collide', forceCollide<SimNode>((node) => node.collide).iterations(large ? 1 : 3))
  // Starting cooler keeps the spiral's shape instead of shaking it apart in the first steps.
  if (large) simulation.alpha(0.3).alphaDecay(1 - 0.001 ** (1 / Math.max(1, ticks)))
  simulation.stop()
  for (let i = 0; i < ticks; i++) simulation.tick()

  // Cluster labels go outside each cluster, on the side facing away from the centre of the map, then step
  // further out while they would cover a node or an earlier label.
  type Box = { left: number; top: number; right: number; bottom: number }
  const overlaps = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
  const nodeBoxes: Box[] = drawn.map((d, i) => {
    const x = simNodes[i]?.x ?? 0
    const y = simNodes[i]?.y ?? 0
    const half = Math.max(d.r, d.labelWidth / 2)
    return { left: x - half, top: y - d.r, right: x + half, bottom: y + d.r + 4 + LABEL_FONT_SIZE * 1.2 }
  })
  const labelBoxes: Box[] = []
  const rawClusters = used.map((id) => {
    const members = simNodes.filter((node) => node.category === id)
    const cx = members.reduce((sum, node) => sum + (node.x ?? 0), 0) / members.length
    const cy = members.reduce((sum, node) => sum + (node.y ?? 0), 0) / members.length
    const length = Math.hypot(cx, cy)
    const dx = length > 1e-6 ? cx / length : 0
    const dy = length > 1e-6 ? cy / length : -1
    const reach = Math.max(
      ...members.map((node) => ((node.x ?? 0) - cx) * dx + ((node.y ?? 0) - cy) * dy + node.collide),
    )
    const name = names.get(id) ?? id
    const labelAnchor: CategoryCluster['labelAnchor'] = dx > 0.5 ? 'start' : dx < -0.5 ? 'end' : 'middle'
    const width = estimateTextWidth(name, clusterFontSize) * 1.1
    const boxAt = (distance: number) => {
      const labelX = cx + dx * distance
      const labelY = cy + dy * distance + (dy > 0.5 ? clusterFontSize : dy < -0.5 ? 0 : clusterFontSize / 2)
      const left =
        labelAnchor === 'start' ? labelX : labelAnchor === 'end' ? labelX - width : labelX - width / 2
      const box = {
        left,
        top: labelY - clusterFontSize,
        right: left + width,
        bottom: labelY + clusterFontSize * 0.3,
      }
      return { labelX, labelY, box }
    }
    let placed = boxAt(reach + 8)
    for (let step = 1; step <= 60; step++) {
      const box = placed.box
      if (
        !labelBoxes.some((other) => overlaps(box, other)) &&
        !nodeBoxes.some((other) => overlaps(box, other))
      )
        break
      placed = boxAt(reach + 8 + step * 4)
    }
    labelBoxes.push(placed.box)
    return {
      id,
      name,
      labelX: placed.labelX,
      labelY: placed.labelY,
      labelAnchor,
      size: members.length,
      box: placed.box,
    }
  })

  // Bounding box of circles, labels and cluster names; everything is then shifted into view.
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  const extend = (x1: number, y1: number, x2: number, y2: number) => {
    minX = Math.min(minX, x1)
    minY = Math.min(minY, y1)
    maxX = Math.max(maxX, x2)
    maxY = Math.max(maxY, y2)
  }
  for (const box of [...nodeBoxes, ...labelBoxes]) extend(box.left, box.top, box.right, box.bottom)
  if (!Number.isFinite(minX)) {
    minX = 0
    minY = 0
    maxX = 0
    maxY = 0
  }
  const offsetX = MARGIN - minX
  const offsetY = MARGIN - minY
  const width = Math.ceil(maxX - minX + 2 * MARGIN)
  const height = Math.ceil(maxY - minY + 2 * MARGIN)

  const nodes: PositionedNode[] = drawn.map((d, i) => ({
    id: d.node.id,
    name: d.node.name,
    category: d.node.category,
    categoryIndex: indexOf(d.node.category),
    label: d.label,
    r: d.r,
    x: round1((simNodes[i]?.x ?? 0) + offsetX),
    y: round1((simNodes[i]?.y ?? 0) + offsetY),
  }))
  const placed = new Map(nodes.map((node) => [node.id, node]))
  const positionedLinks: PositionedLink[] = links.map((link) => {
    const from = placed.get(link.source) as PositionedNode
    const to = placed.get(link.target) as PositionedNode
    const length = Math.hypot(to.x - from.x, to.y - from.y)
    const cut = length > to.r + 2 ? (to.r + 2) / length : 0
    return {
      ...link,
      x1: from.x,
      y1: from.y,
      x2: round1(to.x - (to.x - from.x) * cut),
      y2: round1(to.y - (to.y - from.y) * cut),
    }
  })
  const clusters: CategoryCluster[] = rawClusters.map((cluster) => ({
    id: cluster.id,
    name: cluster.name,
    categoryIndex: indexOf(cluster.id),
    labelX: round1(cluster.labelX + offsetX),
    labelY: round1(cluster.labelY + offsetY),
    labelAnchor: cluster.labelAnchor,
    size: cluster.size,
  }))
  return { width, height, nodes, links: positionedLinks, clusters, clusterFontSize }
}
