import type { FontMetrics } from './fontMetrics.ts'

/** The part of `@resvg/resvg-wasm` the atlas uses, so a test can hand in the real module once initialised. */
export interface SvgRasterizer {
  /** Renders an SVG to RGBA pixels (premultiplied or not: only alpha is read here). */
  rasterize(svg: string, withFonts: boolean): { width: number; height: number; pixels: Uint8Array }
}

/** One text style of the card: size in pixels and weight. */
export interface TextStyle {
  size: number
  bold: boolean
}

/** A glyph's coverage mask, drawn with its pen position at (`-originX`, `-baseline`) of the mask. */
export interface Glyph {
  width: number
  height: number
  originX: number
  baseline: number
  /** Coverage 0–255, row by row. */
  mask: Uint8Array
  /** Pen advance in pixels (rounded to 1/64 px so layout stays exact across machines). */
  advance: number
}

export interface GlyphAtlas {
  /** The glyph of one character in a style, rasterised once and cached. */
  glyph(char: string, style: TextStyle): Glyph
  /** Rasterises every character not cached yet in one pass (one SVG per style). */
  prepare(chars: Iterable<string>, style: TextStyle): void
}

const COLUMNS = 24
const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Printable ASCII and Latin-1: rasterised up front, so most names cost no render at all. */
export const COMMON_CHARS = Array.from({ length: 0x17f - 0x20 }, (_, i) =>
  String.fromCodePoint(0x20 + i),
).filter((char) => !/\p{Cc}/u.test(char))

/**
 * Caches glyph masks by style and character. Rendering a glyph through resvg costs a full SVG parse, so
 * glyphs are rendered in batches (a grid of cells, one `<text>` each) and every card afterwards only copies
 * masks: this is what keeps Open Graph images at about a millisecond each.
 *
 * @param rasterizer - resvg behind a one-method interface.
 * @param metrics - Advances of the regular and bold fonts (the same fonts resvg was given).
 * @returns The atlas.
 * @example
 * const atlas = createGlyphAtlas(rasterizer, { regular, bold })
 * atlas.glyph('A', { size: 64, bold: true }).advance
 */
export function createGlyphAtlas(
  rasterizer: SvgRasterizer,
  metrics: { regular: FontMetrics; bold: FontMetrics },
): GlyphAtlas {
  const cache = new Map<string, Glyph>()
  const keyOf = (char: string, style: TextStyle) => `${style.size}${style.bold ? 'b' : 'r'}${char}`

  const prepare = (chars: Iterable<string>, style: TextStyle) => {
    const missing = [...new Set(chars)].filter((char) => !cache.has(keyOf(char, style))).sort()
    if (missing.length === 0) return
    const font = style.bold ? metrics.bold : metrics.regular
    const cellWidth = Math.ceil(style.size * 2)
    const cellHeight = Math.ceil(style.size * 1.5)
    const originX = Math.ceil(style.size * 0.25)
    const baseline = Math.ceil(style.size * 1.1)
    const rows = Math.ceil(missing.length / COLUMNS)
    const width = cellWidth * Math.min(COLUMNS, missing.length)
    const height = cellHeight * rows
    const texts = missing.map((char, i) => {
      const x = (i % COLUMNS) * cellWidth + originX
      const y = Math.floor(i / COLUMNS) * cellHeight + baseline
      return `<text x="${x}" y="${y}">${escapeXml(char)}</text>`
    })
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<g font-family="DejaVu Sans" font-size="${style.size}" font-weight="${style.bold ? 700 : 400}" fill="#000" xml:space="preserve">` +
      `${texts.join('')}</g></svg>`
    const image = rasterizer.rasterize(svg, true)
    for (const [i, char] of missing.entries()) {
      const left = (i % COLUMNS) * cellWidth
      const top = Math.floor(i / COLUMNS) * cellHeight
      // Crop to the inked box: most of a cell is empty, and the card copies every mask pixel.
      const alpha = (x: number, y: number) => image.pixels[((top + y) * image.width + left + x) * 4 + 3] ?? 0
      let [x0, y0, x1, y1] = [cellWidth, cellHeight, -1, -1]
      for (let y = 0; y < cellHeight; y++)
        for (let x = 0; x < cellWidth; x++)
          if (alpha(x, y) > 0) {
            x0 = Math.min(x0, x)
            y0 = Math.min(y0, y)
            x1 = Math.max(x1, x)
            y1 = Math.max(y1, y)
          }
      const width = Math.max(0, x1 - x0 + 1)
      const height = Math.max(0, y1 - y0 + 1)
      const mask = new Uint8Array(width * height)
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) mask[y * width + x] = alpha(x0 + x, y0 + y)
      const codePoint = char.codePointAt(0) ?? 0
      const advance = Math.round(((font.advance(codePoint) * style.size) / font.unitsPerEm) * 64) / 64
      cache.set(keyOf(char, style), {
        width,
        height,
        originX: originX - x0,
        baseline: baseline - y0,
        mask,
        advance,
      })
    }
  }

  return {
    prepare,
    glyph(char, style) {
      const key = keyOf(char, style)
      let glyph = cache.get(key)
      if (!glyph) {
        prepare([char], style)
        glyph = cache.get(key) as Glyph
      }
      return glyph
    },
  }
}
