/** How the map is drawn: one SVG element per node, or one canvas for very large maps. */
export type Renderer = 'svg' | 'canvas'

/** Above this many nodes the map is drawn on a canvas: thousands of SVG elements make panning stutter. */
export const CANVAS_THRESHOLD = 1500

/**
 * Whether the page carries the map as SVG. Above the canvas threshold it does not: thousands of SVG nodes
 * and tens of thousands of lines weigh megabytes and take seconds to parse, only to be hidden by the canvas.
 * @example serverRendersSvg(352) // true
 */
export const serverRendersSvg = (nodeCount: number, threshold = CANVAS_THRESHOLD): boolean =>
  nodeCount <= threshold

/** Above this many relations the page lists them on project pages instead of one table. */
export const RELATIONS_TABLE_LIMIT = 3000

/**
 * Picks the renderer: `renderer=svg` or `renderer=canvas` in the hash wins (for testing and for people on
 * slow machines); otherwise a canvas above `threshold` nodes. The shared view state ignores this key.
 *
 * @example chooseRenderer(352, '#renderer=canvas') // 'canvas'
 */
export function chooseRenderer(nodeCount: number, hash: string, threshold = CANVAS_THRESHOLD): Renderer {
  const forced = new URLSearchParams(hash.replace(/^#/, '')).get('renderer')
  if (forced === 'svg' || forced === 'canvas') return forced
  return nodeCount > threshold ? 'canvas' : 'svg'
}

/**
 * Adds the renderer override back to a hash written by `formatViewState`, which does not know it.
 * @example withRenderer('#q=uni', '#renderer=canvas') // '#q=uni&renderer=canvas'
 */
export function withRenderer(viewHash: string, currentHash: string): string {
  const forced = new URLSearchParams(currentHash.replace(/^#/, '')).get('renderer')
  if (forced !== 'svg' && forced !== 'canvas') return viewHash
  return viewHash ? `${viewHash}&renderer=${forced}` : `#renderer=${forced}`
}
