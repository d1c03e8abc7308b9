import { escapeXml, shortenText, xmlText } from '../svgText.ts'

/** A card as the export draws it. */
export interface ExportCard {
  name: string
  /** The status badge text, absent for active projects. */
  status?: string
  /** The logo as a `data:image/svg+xml…` URL; absent draws an empty tile. */
  logo?: string
}

export interface ExportGroup {
  /** Empty when the section has one unnamed group. */
  name: string
  cards: ExportCard[]
}

export interface ExportSection {
  name: string
  /** Any CSS colour, drawn as the section's swatch. */
  color: string
  groups: ExportGroup[]
}

/** The colours of the theme the page is shown in, so the file looks like the screen. */
export interface ExportTheme {
  background: string
  text: string
  muted: string
  card: string
  border: string
}

export interface LandscapeSvgInput {
  title: string
  /** A line under the title: what is shown, and from where. */
  subtitle: string
  sections: ExportSection[]
  theme: ExportTheme
  /** Total width in px; cards wrap to fit. */
  width?: number
}

const PAD = 24
const CARD_W = 120
const CARD_H = 92
const GAP = 8
const LOGO = 40
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
/** Characters of a name that fit on a card at 12 px; longer names end with an ellipsis. */
const NAME_CHARS = 17

const round = (n: number) => Math.round(n * 10) / 10
/** Colours as `getComputedStyle` gives them (hex, rgb(), rgba(), a keyword); anything else is not drawn. */
const COLOR = /^(?:#[0-9a-f]{3,8}|rgba?\([\d.,\s%/]+\)|[a-z]+)$/i
const colorOr = (color: string, fallback: string) => (COLOR.test(color.trim()) ? color.trim() : fallback)

/**
 * Draws a landscape view (the sections, groups and cards that are shown) as a standalone SVG document:
 * titled sections with a colour swatch, group headings, and a grid of logo cards with names and status
 * badges, in the page's theme colours. Logos are embedded as data URLs, so the file loads nothing.
 *
 * @param input - What to draw and in which colours.
 * @returns The SVG text and its size in px.
 * @example
 * renderLandscapeSvg({ title: 'Web3 Atlas', subtitle: '2 projects', sections, theme }).svg // '<svg …'
 */
export function renderLandscapeSvg(input: LandscapeSvgInput): { svg: string; width: number; height: number } {
  const width = Math.max(input.width ?? 1200, PAD * 2 + CARD_W)
  const perRow = Math.max(1, Math.floor((width - PAD * 2 + GAP) / (CARD_W + GAP)))
  const theme: ExportTheme = {
    background: colorOr(input.theme.background, '#ffffff'),
    text: colorOr(input.theme.text, '#000000'),
    muted: colorOr(input.theme.muted, '#555555'),
    card: colorOr(input.theme.card, '#ffffff'),
    border: colorOr(input.theme.border, '#999999'),
  }
  const parts: string[] = []
  let y = PAD
  parts.push(
    `<text x="${PAD}" y="${y + 22}" font-size="24" font-weight="700" fill="${theme.text}">${xmlText(input.title)}</text>`,
    `<text x="${PAD}" y="${y + 46}" font-size="14" fill="${theme.muted}">${xmlText(input.subtitle)}</text>`,
  )
  y += 64
  for (const section of input.sections) {
    const count = section.groups.reduce((sum, group) => sum + group.cards.length, 0)
    y += 16
    parts.push(
      `<g class="section"><rect x="${PAD}" y="${y}" width="14" height="14" rx="3" fill="${colorOr(section.color, theme.muted)}"/>`,
      `<text x="${PAD + 22}" y="${y + 13}" font-size="18" font-weight="700" fill="${theme.text}">${xmlText(section.name)} <tspan font-size="13" font-weight="400" fill="${theme.muted}">${count}</tspan></text>`,
    )
    y += 26
    for (const group of section.groups) {
      if (group.name) {
        y += 6
        parts.push(
          `<text x="${PAD}" y="${y + 13}" font-size="13" font-weight="600" fill="${theme.muted}">${xmlText(group.name)}</text>`,
        )
        y += 22
      }
      group.cards.forEach((card, at) => {
        const x = PAD + (at % perRow) * (CARD_W + GAP)
        const top = y + Math.floor(at / perRow) * (CARD_H + GAP)
        parts.push(cardSvg(card, x, top, theme))
      })
      y += Math.ceil(group.cards.length / perRow) * (CARD_H + GAP)
    }
    parts.push('</g>')
  }
  const height = y + PAD
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n')
  return { svg: `${svg}\n`, width, height }
}

function cardSvg(card: ExportCard, x: number, y: number, theme: ExportTheme): string {
  const center = round(x + CARD_W / 2)
  const logo = card.logo?.startsWith('data:image/svg+xml')
    ? `<image x="${center - LOGO / 2}" y="${y + 10}" width="${LOGO}" height="${LOGO}" href="${escapeXml(card.logo)}"/>`
    : ''
  const status = card.status
    ? `<text x="${center}" y="${y + 84}" font-size="10" text-anchor="middle" fill="${theme.muted}">${xmlText(shortenText(card.status, NAME_CHARS + 3))}</text>`
    : ''
  return [
    `<g class="card"><title>${xmlText(card.name)}</title>`,
    `<rect x="${x}" y="${y}" width="${CARD_W}" height="${CARD_H}" rx="8" fill="${theme.card}" stroke="${theme.border}"/>`,
    logo,
    `<text x="${center}" y="${y + 68}" font-size="12" font-weight="600" text-anchor="middle" fill="${theme.text}">${xmlText(shortenText(card.name, NAME_CHARS))}</text>`,
    status,
    '</g>',
  ].join('')
}
