/**
 * "Download this view" on the landscape: reads the sections, groups and cards that are shown now, with the
 * page's theme colours and each card's logo (fetched from this site, so nothing leaves it), and draws them
 * with renderLandscapeSvg, as SVG or as PNG.
 */

import { mapLimited } from '../../indexer/async/mapLimited.ts'
import {
  type ExportCard,
  type ExportSection,
  type ExportTheme,
  renderLandscapeSvg,
} from '../lib/landscape/renderLandscapeSvg.ts'
import { download, svgToPng } from './save-image.ts'

/** Logo requests at once: the browser has most of them cached from the page already. */
const LOGO_REQUESTS = 8

async function logoDataUrls(urls: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  await mapLimited([...new Set(urls)], LOGO_REQUESTS, async (url) => {
    const response = await fetch(url).catch(() => undefined)
    // A logo that cannot be read leaves an empty tile: the rest of the view is still worth saving.
    if (response?.ok) found.set(url, `data:image/svg+xml,${encodeURIComponent(await response.text())}`)
  })
  return found
}

/** The landscape as it is shown inside `root`: hidden sections, groups and cards are left out. */
export async function shownLandscape(root: HTMLElement): Promise<ExportSection[]> {
  const shown = <T extends Element>(scope: Element, selector: string) =>
    [...scope.querySelectorAll<T & HTMLElement>(selector)].filter((element) => !element.hidden)
  const sections = shown(root, '[data-section]')
  const images = sections.flatMap((section) => shown<HTMLElement>(section, '[data-slug]'))
  const logos = await logoDataUrls(
    images.map((item) => item.querySelector('img')?.src ?? '').filter((src) => src !== ''),
  )
  return sections.map((section) => {
    const swatch = section.querySelector('h2 .swatch')
    return {
      name: section.querySelector('[data-section-name]')?.textContent?.trim() ?? '',
      color: swatch ? getComputedStyle(swatch).backgroundColor : '',
      groups: shown(section, '[data-group]').map((group) => ({
        name: group.querySelector('h3')?.textContent?.trim() ?? '',
        cards: shown(group, '[data-slug]').map((item): ExportCard => {
          const status = item.querySelector('.status')?.textContent?.trim()
          const logo = logos.get(item.querySelector('img')?.src ?? '')
          return {
            name: item.querySelector('.name')?.textContent?.trim() ?? item.dataset.slug ?? '',
            ...(status ? { status } : {}),
            ...(logo ? { logo } : {}),
          }
        }),
      })),
    }
  })
}

/** The page's colours now (light or dark, as the system chose). */
function pageTheme(root: HTMLElement): ExportTheme {
  const css = getComputedStyle(root)
  const value = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  return {
    background: value('--bg', '#ffffff'),
    text: value('--fg', '#000000'),
    muted: value('--fg-soft', '#555555'),
    card: value('--bg-soft', '#f5f6f8'),
    border: value('--line', '#d5d9e0'),
  }
}

/**
 * Saves the shown landscape as `<fileName>.svg` or `<fileName>.png`.
 * @param subtitle - The line under the title, e.g. "12 of 352 projects".
 */
export async function exportLandscape(
  root: HTMLElement,
  kind: 'svg' | 'png',
  { title, subtitle, fileName }: { title: string; subtitle: string; fileName: string },
): Promise<void> {
  const { svg, width, height } = renderLandscapeSvg({
    title,
    subtitle: `${subtitle} · ${location.href}`,
    sections: await shownLandscape(root),
    theme: pageTheme(root),
  })
  if (kind === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`)
  else {
    const png = await svgToPng(svg, width, height)
    if (png) download(png, `${fileName}.png`)
  }
}
