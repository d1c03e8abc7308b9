import { select } from 'd3-selection'
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom'
import { layoutFromPayload } from '../lib/graph/graphPayload.ts'
import { buildHitGrid, hitTest } from '../lib/graph/hitGrid.ts'
import { categoryColour, RELATION_STYLES } from '../lib/graph/relationStyles.ts'
import { renderGraphSvg } from '../lib/graph/renderGraphSvg.ts'
import type { GraphPayload, GraphRenderer, GraphViewModel } from './graph-types.ts'

const LABEL_SIZE = 12
const MIN_LABEL_PX = 7

export interface CanvasRendererOptions {
  payload: GraphPayload
  /** The frame the canvas and its focus proxy go in. */
  frame: HTMLElement
  /** Accessible name and description of the map. */
  title: string
  description: string
  /** Label of the focus proxy before a project has focus. */
  proxyLabel: string
  signal: AbortSignal
}

/**
 * Draws the map on one canvas, for maps too large for an SVG element per node. A grid index finds the node
 * under the pointer; a single focusable button, moved over the focused node, carries keyboard focus and
 * the node's name for screen readers.
 */
export function createCanvasRenderer(options: CanvasRendererOptions): GraphRenderer {
  const { payload, frame, signal } = options
  const canvas = document.createElement('canvas')
  canvas.className = 'map-canvas'
  canvas.setAttribute('role', 'img')
  canvas.setAttribute('aria-label', `${options.title}. ${options.description}`)
  const proxy = document.createElement('button')
  proxy.type = 'button'
  proxy.className = 'focus-proxy'
  proxy.textContent = options.proxyLabel
  frame.append(canvas, proxy)
  const context = canvas.getContext('2d') as CanvasRenderingContext2D
  const grid = buildHitGrid(payload.nodes, 32)
  let transform: ZoomTransform = zoomIdentity
  let view: GraphViewModel = { active: -1, neighbours: new Set(), selected: -1, dimmed: new Set() }
  let focused = 0
  let drawn = false
  let cssWidth = 0
  let cssHeight = 0
  // Map units to CSS pixels before zooming: the whole map fitted and centred.
  let fit = 1
  let offsetX = 0
  let offsetY = 0
  const styles = getComputedStyle(frame)
  const colours = {
    fg: styles.color || '#1a1d23',
    bg: styles.backgroundColor || '#ffffff',
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#1d4ed8',
  }

  // Category colours from the legend, so the canvas follows the page's theme like the SVG does.
  const categoryColours = new Map<number, string>()
  const colourOf = (index: number) => {
    let colour = categoryColours.get(index % 12)
    if (!colour) {
      const swatch = frame.closest('atlas-graph')?.querySelector(`.legend .cat-${index % 12}`)
      colour = (swatch && getComputedStyle(swatch).getPropertyValue('--cat').trim()) || categoryColour(index)
      categoryColours.set(index % 12, colour)
    }
    return colour
  }

  const toScreen = (x: number, y: number): [number, number] =>
    transform.apply([fit * x + offsetX, fit * y + offsetY])
  const toMap = (sx: number, sy: number): [number, number] => {
    const [x, y] = transform.invert([sx, sy])
    return [(x - offsetX) / fit, (y - offsetY) / fit]
  }

  const resize = () => {
    const ratio = window.devicePixelRatio || 1
    cssWidth = canvas.clientWidth
    cssHeight = canvas.clientHeight
    canvas.width = Math.round(cssWidth * ratio)
    canvas.height = Math.round(cssHeight * ratio)
    fit = Math.min(cssWidth / payload.width, cssHeight / payload.height) || 1
    offsetX = (cssWidth - payload.width * fit) / 2
    offsetY = (cssHeight - payload.height * fit) / 2
    draw()
  }

  // Off-screen copy of the last full drawing: while the user drags or zooms, frames only transform it.
  const scene = document.createElement('canvas')
  const sceneContext = scene.getContext('2d') as CanvasRenderingContext2D
  let sceneTransform: ZoomTransform = zoomIdentity
  let interacting = false
  let frameRequest = 0
  const dashes = new Map(
    payload.types.map((type) => [
      type,
      (RELATION_STYLES[type]?.dash ?? '').split(' ').filter(Boolean).map(Number),
    ]),
  )

  /** Draws the whole scene: links batched into one path per type and opacity, nodes per colour. */
  const drawScene = () => {
    const ratio = window.devicePixelRatio || 1
    const k = transform.k * fit
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, canvas.width, canvas.height)
    context.setTransform(
      ratio * k,
      0,
      0,
      ratio * k,
      ratio * (transform.x + transform.k * offsetX),
      ratio * (transform.y + transform.k * offsetY),
    )
    // The part of the map on screen, with a margin for labels; everything else is skipped.
    const [left, top] = toMap(0, 0)
    const [right, bottom] = toMap(cssWidth, cssHeight)
    const pad = 60 / k + 40
    const visible = (x: number, y: number) =>
      x > left - pad && x < right + pad && y > top - pad && y < bottom + pad
    const faded = (i: number) =>
      view.dimmed.has(i) || (view.active >= 0 && i !== view.active && !view.neighbours.has(i))
    const hasView = view.active >= 0 || view.dimmed.size > 0
    // Arrow heads shorter than a pixel only cost time.
    const arrows = 7 * k >= 1.5
    type Batch = { type: number; alpha: number; lit: boolean; path: Path2D; heads: Path2D }
    const batches = new Map<string, Batch>()
    for (const [s, t, type, x2, y2] of payload.links) {
      const from = payload.nodes[s]
      if (!from) continue
      if (!visible(from.x, from.y) && !visible(x2, y2)) {
        // Both ends off screen: drawn only if the segment crosses the view.
        if (
          Math.max(from.x, x2) < left ||
          Math.min(from.x, x2) > right ||
          Math.max(from.y, y2) < top ||
          Math.min(from.y, y2) > bottom
        )
          continue
      }
      const lit = view.active >= 0 && (s === view.active || t === view.active)
      const alpha = !hasView
        ? 0.7
        : view.dimmed.has(s) || view.dimmed.has(t)
          ? 0.05
          : view.active >= 0 && !lit
            ? 0.08
            : lit
              ? 1
              : 0.7
      const key = `${type}:${alpha}:${lit}`
      let batch = batches.get(key)
      if (!batch) {
        batch = { type, alpha, lit, path: new Path2D(), heads: new Path2D() }
        batches.set(key, batch)
      }
      batch.path.moveTo(from.x, from.y)
      batch.path.lineTo(x2, y2)
      if (arrows) {
        const angle = Math.atan2(y2 - from.y, x2 - from.x)
        batch.heads.moveTo(x2, y2)
        batch.heads.lineTo(x2 - 7 * Math.cos(angle - 0.45), y2 - 7 * Math.sin(angle - 0.45))
        batch.heads.lineTo(x2 - 7 * Math.cos(angle + 0.45), y2 - 7 * Math.sin(angle + 0.45))
        batch.heads.closePath()
      }
    }
    // Faint batches first, so lit relations end up on top.
    for (const batch of [...batches.values()].sort((a, b) => a.alpha - b.alpha)) {
      const kind = payload.types[batch.type]
      const style = kind ? RELATION_STYLES[kind] : undefined
      if (!kind || !style) continue
      context.globalAlpha = batch.alpha
      context.strokeStyle = style.colour
      context.fillStyle = style.colour
      context.lineWidth = batch.lit ? 2.5 : style.width
      context.setLineDash(dashes.get(kind) ?? [])
      context.stroke(batch.path)
      context.setLineDash([])
      if (arrows) context.fill(batch.heads)
    }
    context.setLineDash([])
    const showLabels = LABEL_SIZE * k >= MIN_LABEL_PX
    // Nodes batched by colour and opacity; the highlighted ones are drawn on top, one by one.
    const nodeBatches = new Map<string, { colour: number; alpha: number; path: Path2D }>()
    const strongOnes: number[] = []
    const labelled: number[] = []
    payload.nodes.forEach((node, i) => {
      if (!visible(node.x, node.y)) return
      const strong = i === view.active || i === view.selected
      if (strong) {
        strongOnes.push(i)
        return
      }
      const alpha = view.dimmed.has(i) ? 0.15 : faded(i) ? 0.25 : 1
      const key = `${node.c % 12}:${alpha}`
      let batch = nodeBatches.get(key)
      if (!batch) {
        batch = { colour: node.c, alpha, path: new Path2D() }
        nodeBatches.set(key, batch)
      }
      batch.path.moveTo(node.x + node.r, node.y)
      batch.path.arc(node.x, node.y, node.r, 0, 2 * Math.PI)
      if (showLabels || view.neighbours.has(i)) labelled.push(i)
    })
    context.lineWidth = 1.5
    context.strokeStyle = colours.bg
    for (const batch of nodeBatches.values()) {
      context.globalAlpha = batch.alpha
      context.fillStyle = colourOf(batch.colour)
      context.fill(batch.path)
      context.stroke(batch.path)
    }
    for (const i of strongOnes) {
      const node = payload.nodes[i]
      if (!node) continue
      context.globalAlpha = view.dimmed.has(i) ? 0.15 : 1
      context.beginPath()
      context.arc(node.x, node.y, node.r, 0, 2 * Math.PI)
      context.fillStyle = colourOf(node.c)
      context.fill()
      context.lineWidth = 2.5
      context.strokeStyle = colours.fg
      context.stroke()
      labelled.push(i)
    }
    context.font = `${LABEL_SIZE}px system-ui, sans-serif`
    context.textAlign = 'center'
    context.fillStyle = colours.fg
    for (const i of labelled) {
      const node = payload.nodes[i]
      if (!node) continue
      context.globalAlpha = view.dimmed.has(i) ? 0.15 : faded(i) ? 0.25 : 1
      context.fillText(node.label, node.x, node.y + node.r + 13)
    }
    context.globalAlpha = view.active >= 0 ? 0.25 : 1
    context.font = `700 ${payload.clusterFontSize}px system-ui, sans-serif`
    for (const cluster of payload.clusters) {
      context.textAlign =
        cluster.labelAnchor === 'middle' ? 'center' : cluster.labelAnchor === 'end' ? 'right' : 'left'
      context.fillStyle = colourOf(cluster.categoryIndex)
      context.fillText(cluster.name, cluster.labelX, cluster.labelY)
    }
    context.globalAlpha = 1
    // Keep a copy, so the frames of the next drag only move it.
    if (scene.width !== canvas.width || scene.height !== canvas.height) {
      scene.width = canvas.width
      scene.height = canvas.height
    }
    sceneContext.setTransform(1, 0, 0, 1, 0, 0)
    sceneContext.clearRect(0, 0, scene.width, scene.height)
    sceneContext.drawImage(canvas, 0, 0)
    sceneTransform = transform
  }

  /** One frame of a drag or zoom: the last scene, moved and scaled to the current transform. */
  const drawMoved = () => {
    const ratio = window.devicePixelRatio || 1
    const scale = transform.k / sceneTransform.k
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, canvas.width, canvas.height)
    context.setTransform(
      scale,
      0,
      0,
      scale,
      ratio * (transform.x - scale * sceneTransform.x),
      ratio * (transform.y - scale * sceneTransform.y),
    )
    context.drawImage(scene, 0, 0)
    context.setTransform(1, 0, 0, 1, 0, 0)
  }

  const draw = () => {
    if (frameRequest) {
      cancelAnimationFrame(frameRequest)
      frameRequest = 0
    }
    drawScene()
    placeProxy()
    if (!drawn) {
      drawn = true
      frame.closest('atlas-graph')?.setAttribute('data-drawn', 'true')
    }
  }

  /** Coalesces many events into at most one drawing per frame. */
  const requestDraw = () => {
    if (frameRequest) return
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0
      if (interacting) {
        drawMoved()
        placeProxy()
      } else draw()
    })
  }

  const placeProxy = () => {
    const node = payload.nodes[focused]
    if (!node) return
    const [sx, sy] = toScreen(node.x, node.y)
    const size = Math.max(16, 2 * node.r * transform.k * fit + 6)
    proxy.style.left = `${sx - size / 2}px`
    proxy.style.top = `${sy - size / 2}px`
    proxy.style.width = `${size}px`
    proxy.style.height = `${size}px`
  }

  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.3, 12])
    .filter((event: Event) =>
      event.type === 'wheel'
        ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
        : !(event as MouseEvent).button,
    )
    .on('start', (event: { sourceEvent: Event | null }) => {
      // Only a gesture moves the cached picture; buttons and keyboard zoom redraw at once.
      interacting = event.sourceEvent !== null
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform
      if (interacting) requestDraw()
      else draw()
    })
    .on('end', () => {
      if (!interacting) return
      interacting = false
      requestDraw()
    })
  const selection = select(canvas)
  selection.call(behaviour).on('dblclick.zoom', null)
  const observer = new ResizeObserver(resize)
  observer.observe(canvas)
  signal.addEventListener('abort', () => {
    observer.disconnect()
    canvas.remove()
    proxy.remove()
  })
  resize()

  return {
    surface: frame,
    nodeAt(event) {
      if (event.target === proxy) return focused
      if (event.target !== canvas) return -1
      const box = canvas.getBoundingClientRect()
      const [x, y] = toMap(event.clientX - box.left, event.clientY - box.top)
      return hitTest(grid, payload.nodes, x, y, 2)
    },
    render(next) {
      view = next
      requestDraw()
    },
    setFocusable(index, move) {
      focused = index
      const node = payload.nodes[index]
      proxy.textContent = node ? node.name : options.proxyLabel
      placeProxy()
      if (move) proxy.focus({ preventScroll: true })
    },
    centre(index, onlyIfHidden, minScale) {
      const node = payload.nodes[index]
      if (!node) return
      const [sx, sy] = toScreen(node.x, node.y)
      const margin = 40
      const hidden = sx < margin || sy < margin || sx > cssWidth - margin || sy > cssHeight - margin
      if (minScale && transform.k < minScale) selection.call(behaviour.scaleTo, minScale)
      if (!onlyIfHidden || hidden || minScale)
        selection.call(behaviour.translateTo, fit * node.x + offsetX, fit * node.y + offsetY)
    },
    zoomBy(factor) {
      selection.call(behaviour.scaleBy, factor)
    },
    resetZoom() {
      selection.call(behaviour.transform, zoomIdentity)
    },
    exportSvg() {
      const dimmed = new Set([...view.dimmed].map((i) => payload.nodes[i]?.id ?? ''))
      return renderGraphSvg(layoutFromPayload(payload), {
        title: options.title,
        description: options.description,
        verbs: payload.verbs,
        categoryNames: new Map(Object.entries(payload.categories)),
        standalone: true,
        dimmed,
      })
    },
    exportPng() {
      if (frameRequest) draw()
      return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'))
    },
  }
}
