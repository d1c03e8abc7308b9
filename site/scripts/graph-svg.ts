import { select } from 'd3-selection'
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity, zoomTransform } from 'd3-zoom'
import { serializeLiveSvg } from './graph-export.ts'
import type { GraphRenderer, GraphViewModel } from './graph-types.ts'
import { svgToPng } from './save-image.ts'

/** Font size of project names in map units (LABEL_FONT_SIZE in site/lib/layoutMap.ts). */
const LABEL_SIZE = 12
const MIN_LABEL_PX = 7

/**
 * Enhances the server-rendered SVG: zoom and pan, classes for highlight and fading, one roving tab stop
 * among the node links.
 */
export function createSvgRenderer(
  svg: SVGSVGElement,
  ids: readonly string[],
  signal: AbortSignal,
): GraphRenderer {
  const viewport = svg.querySelector<SVGGElement>('g.viewport') as SVGGElement
  const index = new Map(ids.map((id, i) => [id, i]))
  const nodes: SVGAElement[] = []
  for (const node of svg.querySelectorAll<SVGAElement>('.node')) {
    const i = index.get(node.dataset.id ?? '')
    if (i !== undefined) nodes[i] = node
  }
  const links = [...svg.querySelectorAll<SVGLineElement>('line.link')].map((line) => ({
    line,
    s: index.get(line.dataset.source ?? '') ?? -1,
    t: index.get(line.dataset.target ?? '') ?? -1,
  }))
  const { width, height } = svg.viewBox.baseVal
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.3, 12])
    // Plain scrolling keeps scrolling the page; pinch (Ctrl + wheel) or Ctrl/⌘ + scroll zooms.
    .filter((event: Event) =>
      event.type === 'wheel'
        ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
        : !(event as MouseEvent).button,
    )
    // During a drag or pinch the relations are drawn solid (see `.is-moving` in GraphMap.astro): dashed
    // lines are most of a frame's paint. Their dashes come back as soon as the gesture ends.
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) svg.classList.add('is-moving')
    })
    .on('end', () => {
      svg.classList.remove('is-moving')
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      pending = event.transform.toString()
      // Many pointer events arrive per frame; only the last transform of each frame is applied.
      if (!frameRequest)
        frameRequest = requestAnimationFrame(() => {
          frameRequest = 0
          viewport.setAttribute('transform', pending)
          updateLabels()
        })
    })
  let pending = ''
  let frameRequest = 0
  // The SVG's size, kept by the resize observer: reading it during a zoom would force a layout per frame.
  let boxWidth = 0
  let boxHeight = 0
  let labelsHidden: boolean | undefined
  const updateLabels = () => {
    const fit = Math.min(boxWidth / width, boxHeight / height)
    const hidden = boxWidth > 0 && LABEL_SIZE * fit * zoomTransform(svg).k < MIN_LABEL_PX
    if (hidden === labelsHidden) return
    labelsHidden = hidden
    svg.classList.toggle('labels-hidden', hidden)
  }
  const measure = () => {
    const box = svg.getBoundingClientRect()
    boxWidth = box.width
    boxHeight = box.height
    updateLabels()
  }
  const selection = select(svg)
  selection.call(behaviour).on('dblclick.zoom', null)
  measure()
  const observer = new ResizeObserver(measure)
  observer.observe(svg)
  signal.addEventListener('abort', () => observer.disconnect())

  return {
    surface: svg,
    nodeAt(event) {
      const node = event.target instanceof Element ? event.target.closest<SVGAElement>('.node') : null
      return node ? (index.get(node.dataset.id ?? '') ?? -1) : -1
    },
    render(view: GraphViewModel) {
      svg.classList.toggle('has-highlight', view.active >= 0)
      nodes.forEach((node, i) => {
        node.classList.toggle('is-active', i === view.active)
        node.classList.toggle('is-neighbour', view.neighbours.has(i))
        node.classList.toggle('is-selected', i === view.selected)
        node.classList.toggle('is-dimmed', view.dimmed.has(i))
      })
      for (const { line, s, t } of links) {
        line.classList.toggle('is-active', view.active >= 0 && (s === view.active || t === view.active))
        line.classList.toggle('is-dimmed', view.dimmed.has(s) || view.dimmed.has(t))
      }
    },
    setFocusable(target, move) {
      nodes.forEach((node, i) => {
        node.setAttribute('tabindex', i === target ? '0' : '-1')
      })
      if (move) nodes[target]?.focus({ preventScroll: true })
    },
    centre(i, onlyIfHidden, minScale) {
      const node = nodes[i]?.querySelector('circle')
      if (!node) return
      const x = node.cx.baseVal.value
      const y = node.cy.baseVal.value
      const [sx, sy] = zoomTransform(svg).apply([x, y])
      const margin = 40
      const hidden = sx < margin || sy < margin || sx > width - margin || sy > height - margin
      if (minScale && zoomTransform(svg).k < minScale) selection.call(behaviour.scaleTo, minScale)
      if (!onlyIfHidden || hidden || minScale) selection.call(behaviour.translateTo, x, y)
    },
    zoomBy(factor) {
      selection.call(behaviour.scaleBy, factor)
    },
    resetZoom() {
      selection.call(behaviour.transform, zoomIdentity)
    },
    exportSvg() {
      const frame = svg.parentElement ?? svg
      return serializeLiveSvg(svg, getComputedStyle(frame).backgroundColor)
    },
    exportPng() {
      return svgToPng(this.exportSvg(), width, height)
    },
  }
}
