/**
 * `<atlas-graph>`: makes the server-rendered graph interactive. Reads the layout and searchable projects
 * from its `script.graph-data` JSON, draws with the SVG renderer (the SVG already in the page) or, for very
 * large maps or with `renderer=canvas` in the hash, a canvas. Both get the same interactions: zoom and
 * pan, hover or focus highlights a node's relations, click or Enter opens the details panel, Esc closes it,
 * arrow keys walk to the related node in that direction, "/" focuses the search box, and the search,
 * filters and focused project live in the hash (`site/lib/viewState.ts`). Without JavaScript the SVG is a
 * map of links and the relations table sits below it.
 */
import { decodeGraphPayload, type GraphWire } from '../lib/graph/graphPayload.ts'
import { directionOfKey, neighbourInDirection } from '../lib/graph/neighbourInDirection.ts'
import { chooseRenderer, withRenderer } from '../lib/graph/rendererChoice.ts'
import { formatViewState, matchesViewState, parseViewState, type ViewState } from '../lib/viewState.ts'
import { createCanvasRenderer } from './graph-canvas.ts'
import { createSvgRenderer } from './graph-svg.ts'
import type { GraphPayload, GraphRenderer } from './graph-types.ts'
import { download } from './save-image.ts'

const ZOOM_STEP = 1.5

export class AtlasGraph extends HTMLElement {
  #controller: AbortController | undefined

  connectedCallback() {
    // Very large maps come without the SVG: only the canvas draws them.
    const svg = this.querySelector<SVGSVGElement>('svg.map')
    const frame = this.querySelector<HTMLElement>('.map-frame')
    const dataText = this.querySelector('script.graph-data')?.textContent
    if (!frame || !dataText || this.#controller) return
    this.#controller = new AbortController()
    const { signal } = this.#controller
    const payload: GraphPayload = decodeGraphPayload(JSON.parse(dataText) as GraphWire)
    const home = this.dataset.home ?? './'
    const ids = payload.nodes.map((node) => node.id)
    const indexOf = new Map(ids.map((id, i) => [id, i]))
    const neighbours = ids.map(() => new Set<number>())
    for (const [s, t] of payload.links) {
      neighbours[s]?.add(t)
      neighbours[t]?.add(s)
    }

    const kind = svg ? chooseRenderer(payload.nodes.length, location.hash) : 'canvas'
    this.classList.add('is-interactive')
    this.classList.toggle('is-canvas', kind === 'canvas')
    const title = this.dataset.title ?? ''
    const description = this.dataset.description ?? ''
    const renderer: GraphRenderer =
      kind === 'canvas' || !svg
        ? createCanvasRenderer({ payload, frame, title, description, proxyLabel: title, signal })
        : createSvgRenderer(svg, ids, signal)
    this.dataset.renderer = kind

    let state: ViewState = parseViewState(location.hash)
    let hover = -1
    let focused = -1
    let selected = -1
    let dimmed = new Set<number>()
    let current = 0

    const toolbar = this.querySelector<HTMLElement>('.graph-toolbar')
    const search = this.querySelector<HTMLInputElement>('#graph-search')
    const matches = this.querySelector<HTMLOutputElement>('.graph-matches')
    const panel = this.querySelector<HTMLElement>('.graph-details')
    if (toolbar) toolbar.hidden = false

    const render = () => {
      const active = hover >= 0 ? hover : focused >= 0 ? focused : selected
      renderer.render({ active, neighbours: neighbours[active] ?? new Set(), selected, dimmed })
    }

    const writeHash = () => {
      const hash = withRenderer(formatViewState(state), location.hash)
      if (hash !== location.hash)
        history.replaceState(null, '', hash || `${location.pathname}${location.search}`)
    }

    const applyFilters = () => {
      dimmed = new Set()
      payload.projects.forEach((project, i) => {
        if (!matchesViewState(project, state)) dimmed.add(i)
      })
      if (matches) {
        const filtered = state.q.trim() !== '' || dimmed.size > 0
        matches.textContent = filtered ? messages(this).matches(ids.length - dimmed.size, ids.length) : ''
      }
    }

    const relationItem = (verb: string, otherIndex: number, outgoing: boolean) => {
      const item = document.createElement('li')
      const other = payload.nodes[otherIndex]
      if (!other) return item
      const link = document.createElement('a')
      link.href = `${home}projects/${other.id}/`
      link.textContent = other.name
      const name = payload.nodes[selected]?.name ?? ''
      if (outgoing) item.append(`${name} ${verb} `, link)
      else item.append(link, ` ${verb} ${name}`)
      return item
    }

    const openDetails = (index: number, updateHash = true) => {
      const node = payload.nodes[index]
      if (!panel || !node) return
      selected = index
      const project = payload.projects[index]
      const heading = panel.querySelector('h2')
      if (heading) heading.textContent = node.name
      const category = panel.querySelector('.graph-details-category')
      if (category) {
        category.className = `graph-details-category cat-${node.c % 12}`
        const text = category.querySelector('span:last-child')
        if (text) text.textContent = payload.categories[project?.category ?? ''] ?? project?.category ?? ''
      }
      for (const [selector, outgoing] of [
        ['.graph-details-out', true],
        ['.graph-details-in', false],
      ] as const) {
        const list = panel.querySelector(selector)
        if (!list) continue
        const items = payload.links
          .filter(([s, t]) => (outgoing ? s === index : t === index))
          .map(([s, t, type]) =>
            relationItem(payload.verbs[payload.types[type] ?? 'built-on'], outgoing ? t : s, outgoing),
          )
        if (items.length === 0) {
          const none = document.createElement('li')
          none.textContent = messages(this).none
          items.push(none)
        }
        list.replaceChildren(...items)
      }
      const page = panel.querySelector<HTMLAnchorElement>('.graph-details-page')
      if (page) page.href = `${home}projects/${node.id}/`
      panel.hidden = false
      current = index
      renderer.setFocusable(index, false)
      if (updateHash) {
        state = { ...state, focus: node.id }
        writeHash()
      }
      render()
    }

    const closeDetails = (refocus: boolean) => {
      if (!panel || panel.hidden) return
      panel.hidden = true
      const was = selected
      selected = -1
      state = { ...state, focus: '' }
      writeHash()
      render()
      if (refocus && was >= 0) renderer.setFocusable(was, true)
    }

    const applyState = () => {
      state = parseViewState(location.hash)
      if (search && document.activeElement !== search) search.value = state.q
      applyFilters()
      const target = indexOf.get(state.focus)
      if (target !== undefined) {
        openDetails(target, false)
        renderer.centre(target, false, 2)
      } else if (selected >= 0) {
        selected = -1
        if (panel) panel.hidden = true
      }
      render()
    }

    // Pointer: hover highlights, click opens details (a modified click still opens the project page).
    const surface = renderer.surface
    surface.addEventListener(
      'pointermove',
      (event) => {
        // While a button is down the map is being dragged: re-highlighting every node the pointer
        // crosses would restyle the whole map on every frame of the pan.
        if ((event as PointerEvent).buttons !== 0) return
        const index = renderer.nodeAt(event as PointerEvent)
        if (index !== hover) {
          hover = index
          render()
        }
      },
      { signal },
    )
    surface.addEventListener(
      'pointerleave',
      () => {
        hover = -1
        render()
      },
      { signal },
    )
    surface.addEventListener(
      'click',
      (event) => {
        const mouse = event as MouseEvent
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey || mouse.button !== 0) return
        const index = renderer.nodeAt(mouse)
        if (index < 0) return
        event.preventDefault()
        current = index
        openDetails(index)
        // A click focuses the node, as it does a link, so Esc and the arrow keys work from there.
        renderer.setFocusable(index, true)
      },
      { signal },
    )

    // Keyboard: one tab stop in the map (roving), arrows walk the graph.
    surface.addEventListener(
      'focusin',
      (event) => {
        const index = renderer.nodeAt(event as unknown as MouseEvent)
        const target = index >= 0 ? index : current
        focused = target
        current = target
        renderer.setFocusable(target, false)
        renderer.centre(target, true)
        render()
      },
      { signal },
    )
    surface.addEventListener(
      'focusout',
      (event) => {
        if (
          !(event as FocusEvent).relatedTarget ||
          !surface.contains((event as FocusEvent).relatedTarget as Node)
        ) {
          focused = -1
          render()
        }
      },
      { signal },
    )
    surface.addEventListener(
      'keydown',
      (event) => {
        const key = event as KeyboardEvent
        const direction = directionOfKey(key.key)
        if (!direction || key.altKey || key.ctrlKey || key.metaKey) return
        const from = payload.nodes[current]
        if (!from) return
        event.preventDefault()
        const next = neighbourInDirection(
          from,
          direction,
          payload.nodes,
          new Set([...(neighbours[current] ?? [])].map((i) => ids[i] ?? '')),
        )
        const index = next === undefined ? -1 : (indexOf.get(next) ?? -1)
        if (index < 0) return
        current = index
        focused = index
        renderer.setFocusable(index, true)
        renderer.centre(index, true)
        render()
      },
      { signal },
    )
    this.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && panel && !panel.hidden) {
          event.preventDefault()
          closeDetails(true)
        }
      },
      { signal },
    )
    document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as HTMLElement | null
        const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
        if (event.key === '/' && !typing && search && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault()
          search.focus()
        }
      },
      { signal },
    )
    panel
      ?.querySelector('.graph-details-close')
      ?.addEventListener('click', () => closeDetails(true), { signal })

    search?.addEventListener(
      'input',
      () => {
        state = { ...state, q: search.value }
        writeHash()
        applyFilters()
        render()
      },
      { signal },
    )
    window.addEventListener('hashchange', applyState, { signal })

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener(
        'click',
        () => {
          const action = button.dataset.zoom
          if (action === 'reset') renderer.resetZoom()
          else renderer.zoomBy(action === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP)
        },
        { signal },
      )
    }
    const fileName = this.dataset.fileName ?? 'graph'
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener(
        'click',
        async () => {
          if (button.dataset.export === 'svg') {
            download(new Blob([renderer.exportSvg()], { type: 'image/svg+xml' }), `${fileName}.svg`)
          } else {
            const blob = await renderer.exportPng()
            if (blob) download(blob, `${fileName}.png`)
          }
        },
        { signal },
      )
    }

    renderer.setFocusable(0, false)
    applyState()
    if (kind === 'svg') this.dataset.drawn = 'true'
  }

  disconnectedCallback() {
    this.#controller?.abort()
    this.#controller = undefined
  }
}

/** Strings the script writes, read from the page so the script carries no translations. */
function messages(element: HTMLElement) {
  return {
    none: element.dataset.none ?? '—',
    matches: (shown: number, total: number) =>
      (element.dataset.matches ?? '{shown} / {total}')
        .replace('{shown}', String(shown))
        .replace('{total}', String(total)),
  }
}

if (!customElements.get('atlas-graph')) customElements.define('atlas-graph', AtlasGraph)
