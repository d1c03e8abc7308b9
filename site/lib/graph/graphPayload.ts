import type { RelationType } from '../../../indexer/model/schema.ts'
import type { MapLayout } from '../layoutMap.ts'
import type { SearchableProject } from '../viewState.ts'
import { RELATION_ORDER } from './relationStyles.ts'

/** One node as the browser gets it: position, size, names, and its category's index. */
export interface PayloadNode {
  id: string
  name: string
  label: string
  x: number
  y: number
  r: number
  /** Category index (colour). */
  c: number
}

/**
 * Everything the graph's script needs, embedded in the page as JSON: the layout (so a canvas can draw it and
 * the keyboard can walk it), links as `[source index, target index, type index, x2, y2]`, category names,
 * relation verbs in the page's language, and the searchable projects in node order.
 */
export interface GraphPayload {
  width: number
  height: number
  clusterFontSize: number
  nodes: PayloadNode[]
  links: Array<[number, number, number, number, number]>
  clusters: MapLayout['clusters']
  categories: Record<string, string>
  types: RelationType[]
  verbs: Record<RelationType, string>
  projects: SearchableProject[]
}

/**
 * Packs the layout and the searchable projects for the browser.
 *
 * @param layout - the build-time layout
 * @param projects - searchable projects (any order; matched to nodes by slug)
 * @param categories - category names by id
 * @param verbs - relation verbs in the page's language
 * @returns the payload, in node order
 * @example JSON.stringify(buildGraphPayload(atlas.layout, searchable, names, verbs))
 */
export function buildGraphPayload(
  layout: MapLayout,
  projects: readonly SearchableProject[],
  categories: Record<string, string>,
  verbs: Record<RelationType, string>,
): GraphPayload {
  const index = new Map(layout.nodes.map((node, i) => [node.id, i]))
  const bySlug = new Map(projects.map((project) => [project.slug, project]))
  return {
    width: layout.width,
    height: layout.height,
    clusterFontSize: layout.clusterFontSize,
    nodes: layout.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      label: node.label,
      x: node.x,
      y: node.y,
      r: node.r,
      c: node.categoryIndex,
    })),
    links: layout.links.map((link) => [
      index.get(link.source) ?? 0,
      index.get(link.target) ?? 0,
      RELATION_ORDER.indexOf(link.type),
      link.x2,
      link.y2,
    ]),
    clusters: layout.clusters,
    categories,
    types: RELATION_ORDER,
    verbs,
    projects: layout.nodes.map(
      (node) =>
        bySlug.get(node.id) ?? {
          slug: node.id,
          name: node.name,
          category: node.category,
          tags: [],
          chains: [],
          status: 'active',
          addresses: [],
          hasToken: false,
          ipfsFrontEnd: false,
          controlTypes: [],
        },
    ),
  }
}

/**
 * Turns a payload back into a layout, so the canvas renderer can export the same SVG the page serves.
 * @example renderGraphSvg(layoutFromPayload(payload), options)
 */
export function layoutFromPayload(payload: GraphPayload): MapLayout {
  const nodes = payload.nodes.map((node, i) => ({
    id: node.id,
    name: node.name,
    label: node.label,
    x: node.x,
    y: node.y,
    r: node.r,
    categoryIndex: node.c,
    category: payload.projects[i]?.category ?? '',
  }))
  const links = payload.links.flatMap(([s, t, type, x2, y2]) => {
    const from = nodes[s]
    const to = nodes[t]
    const kind = payload.types[type]
    return from && to && kind
      ? [{ source: from.id, target: to.id, type: kind, x1: from.x, y1: from.y, x2, y2 }]
      : []
  })
  return {
    width: payload.width,
    height: payload.height,
    nodes,
    links,
    clusters: payload.clusters,
    clusterFontSize: payload.clusterFontSize,
  }
}

/**
 * The payload as the page carries it: columns of numbers and strings with short keys instead of one object
 * per node, links as one flat list of numbers, and projects without the slug and name the nodes already
 * hold. At 10,000 projects this is a fraction of the object form and parses in one pass.
 */
export interface GraphWire {
  w: number
  h: number
  f: number
  id: string[]
  n: string[]
  /** Short label, or 0 when it is the name. */
  l: Array<string | 0>
  x: number[]
  y: number[]
  r: number[]
  c: number[]
  /** Links, five numbers each: source index, target index, type index, x2, y2. */
  k: number[]
  cl: MapLayout['clusters']
  cat: Record<string, string>
  ty: RelationType[]
  vb: Record<RelationType, string>
  /** Per node: category, tags, chains, status, addresses, ens or 0, flags (1 token, 2 IPFS front end), control types. */
  p: Array<
    [
      string,
      readonly string[],
      readonly string[],
      string,
      readonly string[],
      string | 0,
      number,
      readonly string[],
    ]
  >
}

/**
 * Packs a payload for the page (`decodeGraphPayload` reverses it exactly).
 * @example JSON.stringify(encodeGraphPayload(payload))
 */
export function encodeGraphPayload(payload: GraphPayload): GraphWire {
  return {
    w: payload.width,
    h: payload.height,
    f: payload.clusterFontSize,
    id: payload.nodes.map((node) => node.id),
    n: payload.nodes.map((node) => node.name),
    l: payload.nodes.map((node) => (node.label === node.name ? 0 : node.label)),
    x: payload.nodes.map((node) => node.x),
    y: payload.nodes.map((node) => node.y),
    r: payload.nodes.map((node) => node.r),
    c: payload.nodes.map((node) => node.c),
    k: payload.links.flat(),
    cl: payload.clusters,
    cat: payload.categories,
    ty: payload.types,
    vb: payload.verbs,
    p: payload.projects.map((project) => [
      project.category,
      project.tags,
      project.chains,
      project.status,
      project.addresses,
      project.ens ?? 0,
      (project.hasToken ? 1 : 0) | (project.ipfsFrontEnd ? 2 : 0),
      project.controlTypes,
    ]),
  }
}

/**
 * Unpacks the page's payload.
 * @example decodeGraphPayload(JSON.parse(script.textContent))
 */
export function decodeGraphPayload(wire: GraphWire): GraphPayload {
  const nodes = wire.id.map((id, i) => {
    const name = wire.n[i] ?? id
    return {
      id,
      name,
      label: wire.l[i] || name,
      x: wire.x[i] ?? 0,
      y: wire.y[i] ?? 0,
      r: wire.r[i] ?? 0,
      c: wire.c[i] ?? 0,
    }
  })
  const links: GraphPayload['links'] = []
  for (let i = 0; i + 4 < wire.k.length; i += 5) {
    const k = wire.k
    links.push([k[i] ?? 0, k[i + 1] ?? 0, k[i + 2] ?? 0, k[i + 3] ?? 0, k[i + 4] ?? 0])
  }
  const projects = wire.p.map(([category, tags, chains, status, addresses, ens, flags, controlTypes], i) => ({
    slug: wire.id[i] ?? '',
    name: wire.n[i] ?? '',
    category,
    tags,
    chains,
    status,
    addresses,
    ...(ens ? { ens } : {}),
    hasToken: (flags & 1) !== 0,
    ipfsFrontEnd: (flags & 2) !== 0,
    controlTypes,
  }))
  return {
    width: wire.w,
    height: wire.h,
    clusterFontSize: wire.f,
    nodes,
    links,
    clusters: wire.cl,
    categories: wire.cat,
    types: wire.ty,
    verbs: wire.vb,
    projects,
  }
}
