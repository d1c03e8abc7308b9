/**
 * `<atlas-map>`: makes the server-rendered map interactive. It wraps an `<svg class="map">` whose
 * `<g class="viewport">` holds links (`line.link[data-source][data-target]`) and nodes
 * (`a.node[data-id][data-neighbours]`). Adds zoom and pan (d3-zoom), zoom buttons, and highlights a
 * project's neighbours on hover or keyboard focus. Without JavaScript the map is a plain SVG of links.
 */
import { select } from 'd3-selection'
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity, zoomTransform } from 'd3-zoom'

const ZOOM_STEP = 1.5
/** Font size of project names in map units (see LABEL_FONT_SIZE in site/lib/layoutMap.ts). */
const LABEL_SIZE = 12
const MIN_LABEL_PX = 7

export class AtlasMap extends HTMLElement {
  #controller: AbortController | undefined

  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg.map')
    const viewport = svg?.querySelector<SVGGElement>('g.viewport')
    if (!svg || !viewport || this.#controller) return
    this.#controller = new AbortController()
    const { signal } = this.#controller
    this.classList.add('is-interactive')

    const { width, height } = svg.viewBox.baseVal
    const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      .translateExtent([
        [-width * 0.5, -height * 0.5],
        [width * 1.5, height * 1.5],
      ])
      // Plain scrolling keeps scrolling the page; pinch (which browsers send as Ctrl + wheel) or Ctrl/⌘ +
      // scroll zooms. Any primary button drag pans.
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        viewport.setAttribute('transform', event.transform.toString())
        updateLabels()
      })
    // Names are drawn at LABEL_SIZE map units; below MIN_LABEL_PX on screen they are hidden until zoomed in.
    const updateLabels = () => {
      const box = svg.getBoundingClientRect()
      const fit = Math.min(box.width / width, box.height / height)
      svg.classList.toggle(
        'labels-hidden',
        box.width > 0 && LABEL_SIZE * fit * zoomTransform(svg).k < MIN_LABEL_PX,
      )
    }
    const selection = select(svg)
    selection.call(behaviour)
    updateLabels()
    if ('ResizeObserver' in window) {
      const observer = new ResizeObserver(updateLabels)
      observer.observe(svg)
      signal.addEventListener('abort', () => observer.disconnect())
    }

    this.#addControls(svg, (action) => {
      if (action === 'reset') selection.call(behaviour.transform, zoomIdentity)
      else selection.call(behaviour.scaleBy, action === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP)
    })

    const nodes = new Map<string, SVGAElement>()
    for (const node of svg.querySelectorAll<SVGAElement>('a.node')) {
      if (node.dataset.id) nodes.set(node.dataset.id, node)
    }
    const links = [...svg.querySelectorAll<SVGLineElement>('line.link')]
    let active: string | undefined
    const highlight = (id: string | undefined) => {
      if (id === active) return
      active = id
      svg.classList.toggle('has-highlight', id !== undefined)
      const neighbours = new Set(
        id ? (nodes.get(id)?.dataset.neighbours ?? '').split(' ').filter(Boolean) : [],
      )
      for (const [nodeId, node] of nodes) {
        node.classList.toggle('is-active', nodeId === id)
        node.classList.toggle('is-neighbour', neighbours.has(nodeId))
      }
      for (const link of links) {
        link.classList.toggle(
          'is-active',
          id !== undefined && (link.dataset.source === id || link.dataset.target === id),
        )
      }
    }
    const nodeOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('a.node') as SVGAElement | null) : null

    svg.addEventListener('pointerover', (event) => highlight(nodeOf(event.target)?.dataset.id), { signal })
    svg.addEventListener('pointerleave', () => highlight(undefined), { signal })
    svg.addEventListener(
      'focusin',
      (event) => {
        const node = nodeOf(event.target)
        if (!node) return
        highlight(node.dataset.id)
        this.#bringIntoView(svg, node, behaviour)
      },
      { signal },
    )
    svg.addEventListener(
      'focusout',
      (event) => {
        if (!nodeOf(event.relatedTarget)) highlight(undefined)
      },
      { signal },
    )
  }

  disconnectedCallback() {
    this.#controller?.abort()
    this.#controller = undefined
    this.querySelector('.map-controls')?.remove()
  }

  #addControls(svg: SVGSVGElement, onAction: (action: 'in' | 'out' | 'reset') => void) {
    const frame = svg.parentElement
    if (!frame || frame.querySelector('.map-controls')) return
    const controls = document.createElement('div')
    controls.className = 'map-controls'
    controls.setAttribute('role', 'group')
    controls.setAttribute('aria-label', 'Map zoom')
    const buttons: Array<[string, string, 'in' | 'out' | 'reset']> = [
      ['+', 'Zoom in', 'in'],
      ['−', 'Zoom out', 'out'],
      ['Reset', 'Reset zoom', 'reset'],
    ]
    for (const [text, label, action] of buttons) {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = text
      button.setAttribute('aria-label', label)
      button.title = label
      button.addEventListener('click', () => onAction(action), { signal: this.#controller?.signal })
      controls.append(button)
    }
    frame.append(controls)
  }

  /** When keyboard focus lands on a node the current zoom hides, pans so the node is in the middle. */
  #bringIntoView(svg: SVGSVGElement, node: SVGAElement, behaviour: ZoomBehavior<SVGSVGElement, unknown>) {
    const circle = node.querySelector('circle')
    if (!circle) return
    const x = circle.cx.baseVal.value
    const y = circle.cy.baseVal.value
    const { width, height } = svg.viewBox.baseVal
    const [screenX, screenY] = zoomTransform(svg).apply([x, y])
    if (screenX < 0 || screenY < 0 || screenX > width || screenY > height) {
      select(svg).call(behaviour.translateTo, x, y)
    }
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap)
