import type { GraphPayload } from '../lib/graph/graphPayload.ts'

/** What the graph shows as highlighted, selected and faded; both renderers draw exactly this. */
export interface GraphViewModel {
  /** Node under the pointer or keyboard focus, whose relations light up; -1 for none. */
  active: number
  /** Neighbours of `active`. */
  neighbours: ReadonlySet<number>
  /** Node whose details are open; -1 for none. */
  selected: number
  /** Nodes outside the search and filters. */
  dimmed: ReadonlySet<number>
}

/**
 * A way of drawing the map. The SVG renderer enhances the server-rendered SVG; the canvas renderer draws
 * the payload. The controller (`graph-map.ts`) drives either through this interface, so both have the
 * same interactions.
 */
export interface GraphRenderer {
  /** The element d3-zoom listens on and keyboard events come from. */
  readonly surface: Element
  /** The node an event happened on, or -1. */
  nodeAt(event: MouseEvent): number
  /** Redraws highlight, selection and fading. */
  render(view: GraphViewModel): void
  /** Makes `index` the one keyboard stop of the map and, when `move`, gives it focus. */
  setFocusable(index: number, move: boolean): void
  /** Pans so the node is in the middle, first zooming in to at least `minScale` when given. */
  centre(index: number, onlyIfHidden: boolean, minScale?: number): void
  zoomBy(factor: number): void
  resetZoom(): void
  exportSvg(): string
  exportPng(): Promise<Blob | null>
}

export type { GraphPayload }
