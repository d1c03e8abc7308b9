import { encodeScanlines } from './encodePng.ts'
import type { GlyphAtlas, TextStyle } from './glyphAtlas.ts'

/** What an Open Graph card shows. Text is drawn as given (the atlas has no markup to interpret). */
export interface OgCard {
  name: string
  category: string
  description: string
  /** `#rrggbb` for the side bar and the category line. */
  categoryColor: string
  /** The project's logo as opaque RGB on the card background, or a monogram to draw. */
  logo:
    | { kind: 'pixels'; width: number; height: number; rgb: Uint8Array }
    | { kind: 'monogram'; text: string; color: string }
  siteName: string
}

/**
 * The card is laid out on the 1200×630 grid Open Graph recommends and drawn at half that size: 600×315
 * still meets every consumer's minimum (X: 300×157, Facebook: 200×200, 600×315 for full width) and costs
 * a quarter of the pixels to draw and compress, which matters at 10,000 projects per build.
 */
const SCALE = 0.5
const px = (value: number) => Math.round(value * SCALE)
export const OG_WIDTH = px(1200)
export const OG_HEIGHT = px(630)
export const OG_BACKGROUND = '#111418'
export const LOGO_SIZE = px(128)

const MARGIN = px(80)
const TEXT_WIDTH = OG_WIDTH - MARGIN * 2
/** Every style the card uses, so the atlas can rasterise their common glyphs up front. */
export const OG_STYLES = {
  site: { size: px(30), bold: true },
  name: { size: px(64), bold: true },
  category: { size: px(32), bold: false },
  description: { size: px(28), bold: false },
  monogram: { size: px(64), bold: true },
} satisfies Record<string, TextStyle>
const STYLES = OG_STYLES
const COLORS = { site: '#8ab4ff', name: '#f3f4f6', description: '#c2c8d0' }

type Rgb = [number, number, number]
const rgbOf = (hex: string): Rgb => {
  const value = Number.parseInt(hex.replace('#', '').slice(0, 6), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

const STRIDE = OG_WIDTH * 3 + 1

/** A card's canvas: PNG scanlines (a filter byte, then RGB) with the drawing operations the card needs. */
interface Canvas {
  rgb: Uint8Array
  fill(x: number, y: number, width: number, height: number, color: Rgb): void
  text(line: string, x: number, baseline: number, style: TextStyle, color: Rgb): void
}

function createCanvas(atlas: GlyphAtlas, rgb: Uint8Array): Canvas {
  const fill: Canvas['fill'] = (x0, y0, width, height, [r, g, b]) => {
    for (let y = Math.max(0, y0); y < Math.min(OG_HEIGHT, y0 + height); y++) {
      for (let x = Math.max(0, x0); x < Math.min(OG_WIDTH, x0 + width); x++) {
        const at = y * STRIDE + 1 + x * 3
        rgb[at] = r
        rgb[at + 1] = g
        rgb[at + 2] = b
      }
    }
  }
  const text: Canvas['text'] = (line, x, baseline, style, color) => {
    let pen = x
    for (const char of line) {
      const glyph = atlas.glyph(char, style)
      const left = Math.round(pen) - glyph.originX
      const top = baseline - glyph.baseline
      for (let gy = 0; gy < glyph.height; gy++) {
        const y = top + gy
        if (y < 0 || y >= OG_HEIGHT) continue
        for (let gx = 0; gx < glyph.width; gx++) {
          const cover = glyph.mask[gy * glyph.width + gx] ?? 0
          const px = left + gx
          if (cover === 0 || px < 0 || px >= OG_WIDTH) continue
          const at = y * STRIDE + 1 + px * 3
          for (let c = 0; c < 3; c++) {
            rgb[at + c] = ((rgb[at + c] ?? 0) * (255 - cover) + (color[c] ?? 0) * cover + 127) / 255
          }
        }
      }
      pen += glyph.advance
    }
  }
  return { rgb, fill, text }
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, at spaces where it can and inside a
 * word where it must, ending the last line with "…" when text was left out.
 *
 * @example
 * wrapText(atlas, 'A long description', { size: 28, bold: false }, 200, 2)
 */
export function wrapText(
  atlas: GlyphAtlas,
  text: string,
  style: TextStyle,
  maxWidth: number,
  maxLines: number,
): string[] {
  const width = (line: string) => {
    let sum = 0
    for (const char of line) sum += atlas.glyph(char, style).advance
    return sum
  }
  const pieces: string[] = []
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    // A word wider than a line is cut into line-wide pieces.
    let piece = ''
    for (const char of word) {
      if (piece !== '' && width(piece + char) > maxWidth) {
        pieces.push(piece)
        piece = ''
      }
      piece += char
    }
    if (piece !== '') pieces.push(piece)
  }
  const lines: string[] = []
  let current = ''
  let index = 0
  for (; index < pieces.length; index++) {
    const piece = pieces[index] ?? ''
    const candidate = current === '' ? piece : `${current} ${piece}`
    if (current === '' || width(candidate) <= maxWidth) {
      current = candidate
      continue
    }
    if (lines.length + 1 === maxLines) break
    lines.push(current)
    current = piece
  }
  if (index < pieces.length) {
    let last = current
    while (last.length > 0 && width(`${last}…`) > maxWidth)
      last = Array.from(last).slice(0, -1).join('').trimEnd()
    lines.push(`${last}…`)
  } else if (current !== '') lines.push(current)
  return lines
}

const backgrounds = new WeakMap<GlyphAtlas, Map<string, Uint8Array>>()

/** The part every card of a category shares (background, side bar, site name), drawn once and copied. */
function backgroundOf(atlas: GlyphAtlas, siteName: string, color: string): Uint8Array {
  let cache = backgrounds.get(atlas)
  if (!cache) {
    cache = new Map()
    backgrounds.set(atlas, cache)
  }
  const key = `${color}\u0000${siteName}`
  let rgb = cache.get(key)
  if (!rgb) {
    rgb = new Uint8Array(STRIDE * OG_HEIGHT)
    const canvas = createCanvas(atlas, rgb)
    canvas.fill(0, 0, OG_WIDTH, OG_HEIGHT, rgbOf(OG_BACKGROUND))
    canvas.fill(0, 0, px(16), OG_HEIGHT, rgbOf(color))
    canvas.text(siteName, MARGIN, px(96), STYLES.site, rgbOf(COLORS.site))
    cache.set(key, rgb)
  }
  return rgb
}

/**
 * Draws a project's Open Graph card (600×315, see `SCALE`) and encodes it as PNG. Pure given the atlas: the same card
 * gives the same bytes.
 *
 * @param atlas - Glyph masks for DejaVu Sans (see `createGlyphAtlas`).
 * @param card - What to show.
 * @returns PNG bytes.
 * @example
 * renderOgCard(atlas, { name: 'Uniswap', category: 'DEX', description: '…', categoryColor: '#60a5fa', logo, siteName: 'Web3 Atlas' })
 */
export function renderOgCard(atlas: GlyphAtlas, card: OgCard): Uint8Array {
  const rgb = backgroundOf(atlas, card.siteName, card.categoryColor).slice()
  const canvas = createCanvas(atlas, rgb)
  const accent = rgbOf(card.categoryColor)

  const logoTop = px(140)
  if (card.logo.kind === 'monogram') {
    canvas.fill(MARGIN, logoTop, LOGO_SIZE, LOGO_SIZE, rgbOf(card.logo.color))
    const letters = Array.from(card.logo.text).slice(0, 2).join('')
    let width = 0
    for (const char of letters) width += atlas.glyph(char, STYLES.monogram).advance
    canvas.text(
      letters,
      Math.round(MARGIN + (LOGO_SIZE - width) / 2),
      logoTop + px(88),
      STYLES.monogram,
      [255, 255, 255],
    )
  } else {
    const { width, height, rgb: pixels } = card.logo
    const left = MARGIN + Math.floor((LOGO_SIZE - width) / 2)
    const top = logoTop + Math.floor((LOGO_SIZE - height) / 2)
    for (let y = 0; y < height; y++) {
      rgb.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), (top + y) * STRIDE + 1 + left * 3)
    }
  }

  let baseline = logoTop + LOGO_SIZE + px(90)
  for (const line of wrapText(atlas, card.name, STYLES.name, TEXT_WIDTH, 2)) {
    canvas.text(line, MARGIN, baseline, STYLES.name, rgbOf(COLORS.name))
    baseline += px(76)
  }
  baseline -= px(16)
  for (const line of wrapText(atlas, card.category, STYLES.category, TEXT_WIDTH, 1)) {
    canvas.text(line, MARGIN, baseline, STYLES.category, accent)
    baseline += px(56)
  }
  for (const line of wrapText(atlas, card.description, STYLES.description, TEXT_WIDTH, 2)) {
    if (baseline > OG_HEIGHT - px(30)) break
    canvas.text(line, MARGIN, baseline, STYLES.description, rgbOf(COLORS.description))
    baseline += px(40)
  }
  return encodeScanlines(rgb, OG_WIDTH, OG_HEIGHT)
}
