/**
 * `<atlas-landscape>`: search, filters and card sizing for the server-rendered landscape, with the view
 * kept in the URL hash (site/lib/viewState.ts) so every view is a link. `data-mode="embed"` only applies
 * the hash (the embed page has no controls). Reads the projects from `<script type="application/json"
 * data-projects>`. Without JavaScript the controls stay hidden and every card is a plain link.
 */
import { embedSnippet } from '../lib/landscape/embedSnippet.ts'
import { isViewStateHash } from '../lib/landscape/isViewStateHash.ts'
import {
  EMPTY_VIEW_STATE,
  formatViewState,
  matchesViewState,
  parseViewState,
  type SearchableProject,
  type ViewState,
} from '../lib/viewState.ts'
import { exportLandscape } from './landscape-export.ts'

const METRICS = ['relations', 'chains', 'contracts', 'tokens']
const LIST_INPUTS = { cat: 'categories', chain: 'chains', status: 'statuses', control: 'control' } as const

export class AtlasLandscape extends HTMLElement {
  #controller: AbortController | undefined
  #state: ViewState = { ...EMPTY_VIEW_STATE }

  connectedCallback() {
    if (this.#controller) return
    const data = this.querySelector('script[data-projects]')
    if (!data) return
    this.#controller = new AbortController()
    const { signal } = this.#controller
    const projects = JSON.parse(data.textContent ?? '[]') as SearchableProject[]
    const embed = this.dataset.mode === 'embed'
    const items = [...this.querySelectorAll<HTMLElement>('[data-slug]')]
    const bySlug = new Map(projects.map((project) => [project.slug, project]))
    const sections = [...this.querySelectorAll<HTMLElement>('[data-section]')]
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')]
    const shown = this.querySelector<HTMLElement>('[data-shown]')
    const noMatch = this.querySelector<HTMLElement>('[data-no-match]')
    const controls = this.querySelector<HTMLElement>('[data-controls]')
    const search = this.querySelector<HTMLInputElement>('[data-search]')
    const metricSelect = this.querySelector<HTMLSelectElement>('[data-metric-select]')
    const activeCount = this.querySelector<HTMLElement>('[data-active-count]')
    const embedPanel = this.querySelector<HTMLElement>('[data-embed]')
    const embedCode = this.querySelector<HTMLTextAreaElement>('[data-embed-code]')
    const copyStatus = this.querySelector<HTMLElement>('[data-copy-status]')
    const checkboxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]

    const apply = (state: ViewState) => {
      this.#state = state
      let count = 0
      for (const item of items) {
        const project = bySlug.get(item.dataset.slug ?? '')
        const visible = project ? matchesViewState(project, state) : true
        item.hidden = !visible
        if (visible) count++
        item.dataset.size = state.metric ? (item.getAttribute(`data-size-${state.metric}`) ?? '') : ''
      }
      for (const group of groups) group.hidden = !group.querySelector('[data-slug]:not([hidden])')
      for (const section of sections) {
        const visible = section.querySelectorAll('[data-slug]:not([hidden])').length
        section.hidden = visible === 0
        const sectionCount = section.querySelector('[data-section-count]')
        if (sectionCount) sectionCount.textContent = String(visible)
      }
      if (noMatch) noMatch.hidden = count > 0
      if (state.metric) this.dataset.metric = state.metric
      else delete this.dataset.metric
      if (shown?.dataset.template)
        shown.textContent = shown.dataset.template
          .replace('{shown}', String(count))
          .replace('{total}', shown.dataset.total ?? String(items.length))
      if (activeCount) {
        const active =
          state.categories.length +
          state.chains.length +
          state.statuses.length +
          state.control.length +
          Number(state.hasToken) +
          Number(state.ipfsFrontEnd)
        activeCount.textContent = active > 0 ? `(${active})` : ''
      }
      if (embedCode && embedPanel) {
        const embedUrl = new URL('embed/', new URL(this.dataset.home ?? './', location.href)).href
        embedCode.value = embedSnippet(embedUrl, formatViewState(state), embedPanel.dataset.iframeTitle ?? '')
      }
    }

    const setInputs = (state: ViewState) => {
      if (search) search.value = state.q
      if (metricSelect) metricSelect.value = METRICS.includes(state.metric) ? state.metric : ''
      for (const box of checkboxes) {
        if (box.name === 'token') box.checked = state.hasToken
        else if (box.name === 'ipfs') box.checked = state.ipfsFrontEnd
        else if (box.name in LIST_INPUTS)
          box.checked = state[LIST_INPUTS[box.name as keyof typeof LIST_INPUTS]].includes(box.value)
      }
    }

    const readInputs = (): ViewState => {
      const checked = (name: string) =>
        checkboxes.filter((b) => b.name === name && b.checked).map((b) => b.value)
      return {
        ...EMPTY_VIEW_STATE,
        q: search?.value ?? '',
        categories: checked('cat'),
        chains: checked('chain'),
        statuses: checked('status'),
        control: checked('control'),
        hasToken: checked('token').length > 0,
        ipfsFrontEnd: checked('ipfs').length > 0,
        metric: metricSelect?.value ?? '',
        // The graph page's selection rides along in shared links; the landscape keeps it untouched.
        focus: this.#state.focus,
      }
    }

    const fromHash = () => {
      // "#cat-dex" (a category link from another page) and "#main" are anchors, not views: leave the view.
      if (!isViewStateHash(location.hash)) return
      const state = parseViewState(location.hash)
      if (!METRICS.includes(state.metric)) state.metric = ''
      setInputs(state)
      apply(state)
    }

    const update = () => {
      const state = readInputs()
      apply(state)
      const hash = formatViewState(state)
      if (hash !== location.hash)
        history.replaceState(history.state, '', hash || location.pathname + location.search)
    }

    apply(this.#state)
    fromHash()
    window.addEventListener('hashchange', fromHash, { signal })
    if (embed || !controls) return

    controls.hidden = false
    if (embedPanel) embedPanel.hidden = false
    controls.addEventListener('input', update, { signal })
    controls.addEventListener('change', update, { signal })
    this.querySelector('[data-clear]')?.addEventListener(
      'click',
      () => {
        setInputs({ ...EMPTY_VIEW_STATE, focus: this.#state.focus })
        update()
        search?.focus()
      },
      { signal },
    )
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      async () => {
        if (!embedCode || !copyStatus || !embedPanel) return
        try {
          await navigator.clipboard.writeText(embedCode.value)
          copyStatus.textContent = embedPanel.dataset.copied ?? ''
        } catch {
          // No clipboard (an insecure gateway origin, or permission refused): select it for Ctrl+C.
          embedCode.focus()
          embedCode.select()
          copyStatus.textContent = embedPanel.dataset.copyFailed ?? ''
        }
      },
      { signal },
    )
    const exportGroup = this.querySelector<HTMLElement>('[data-export-file]')
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener(
        'click',
        async () => {
          button.disabled = true
          try {
            await exportLandscape(this, button.dataset.export === 'png' ? 'png' : 'svg', {
              title: exportGroup?.dataset.exportTitle ?? 'Web3 Atlas',
              subtitle: shown?.textContent?.trim() ?? '',
              fileName: exportGroup?.dataset.exportFile ?? 'landscape',
            })
          } finally {
            button.disabled = false
          }
        },
        { signal },
      )
    }
    document.addEventListener('keydown', (event) => this.#onKey(event, search, update), { signal })
  }

  disconnectedCallback() {
    this.#controller?.abort()
    this.#controller = undefined
  }

  #onKey(event: KeyboardEvent, search: HTMLInputElement | null, update: () => void) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    const target = event.target as HTMLElement | null
    const typing =
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      target?.isContentEditable === true
    if (event.key === '/' && !typing && search) {
      event.preventDefault()
      search.focus()
      search.select()
    } else if (event.key === 'Escape') {
      if (search && target === search) {
        event.preventDefault()
        if (search.value) {
          search.value = ''
          update()
        } else search.blur()
        return
      }
      const open = [...this.querySelectorAll<HTMLDetailsElement>('details[data-panel][open]')]
      const panel = open.find((details) => details.contains(target)) ?? open[0]
      if (panel) {
        event.preventDefault()
        panel.open = false
        panel.querySelector('summary')?.focus()
      }
    }
  }
}

if (!customElements.get('atlas-landscape')) customElements.define('atlas-landscape', AtlasLandscape)
