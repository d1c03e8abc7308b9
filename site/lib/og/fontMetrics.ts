/** Horizontal metrics of one TrueType font: enough to lay out a line of text without a shaper. */
export interface FontMetrics {
  unitsPerEm: number
  /** Whether the font has a glyph for the code point (else the renderer draws a replacement). */
  has(codePoint: number): boolean
  /** The advance width of the code point's glyph, in font units (the missing glyph's when absent). */
  advance(codePoint: number): number
}

/**
 * Reads `head`, `hhea`, `hmtx` and `cmap` (formats 4 and 12) from a TrueType file. No kerning and no
 * shaping: the Open Graph cards set short Latin-first lines, where advances alone read well.
 *
 * @param font - The raw bytes of a `.ttf` file.
 * @returns The font's advances by code point.
 * @throws {Error} When a required table is missing.
 * @example
 * const metrics = parseFontMetrics(readFileSync('DejaVuSans.ttf'))
 * metrics.advance('A'.codePointAt(0)) / metrics.unitsPerEm // ≈ 0.68 em
 */
export function parseFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const tables = new Map<string, number>()
  const count = view.getUint16(4)
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(font[at] ?? 0, font[at + 1] ?? 0, font[at + 2] ?? 0, font[at + 3] ?? 0)
    tables.set(tag, view.getUint32(at + 8))
  }
  const table = (tag: string) => {
    const offset = tables.get(tag)
    if (offset === undefined)
      throw new Error(`the font has no ${tag} table; use a TrueType font such as DejaVu Sans`)
    return offset
  }
  const unitsPerEm = view.getUint16(table('head') + 18)
  const metricsCount = view.getUint16(table('hhea') + 34)
  const hmtx = table('hmtx')
  const glyphOf = cmapLookup(view, table('cmap'))
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4)
  return {
    unitsPerEm,
    has: (codePoint) => glyphOf(codePoint) !== 0,
    advance: (codePoint) => advanceOfGlyph(glyphOf(codePoint)),
  }
}

function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2)
  let format4: number | undefined
  let format12: number | undefined
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8)
    const encoding = view.getUint16(cmap + 6 + i * 8)
    const offset = cmap + view.getUint32(cmap + 8 + i * 8)
    const format = view.getUint16(offset)
    if (format === 12 && (platform === 3 || platform === 0)) format12 = offset
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 ??= offset
  }
  if (format12 !== undefined) {
    const at = format12
    const groups = view.getUint32(at + 12)
    return (codePoint) => {
      let low = 0
      let high = groups - 1
      while (low <= high) {
        const mid = (low + high) >> 1
        const start = view.getUint32(at + 16 + mid * 12)
        const end = view.getUint32(at + 20 + mid * 12)
        if (codePoint < start) high = mid - 1
        else if (codePoint > end) low = mid + 1
        else return view.getUint32(at + 24 + mid * 12) + codePoint - start
      }
      return 0
    }
  }
  if (format4 === undefined) throw new Error('the font has no Unicode cmap subtable (format 4 or 12)')
  const at = format4
  const segments = view.getUint16(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  return (codePoint) => {
    if (codePoint > 0xffff) return 0
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + i * 2) < codePoint) continue
      const start = view.getUint16(starts + i * 2)
      if (start > codePoint) return 0
      const delta = view.getUint16(deltas + i * 2)
      const rangeOffset = view.getUint16(rangeOffsets + i * 2)
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2)
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}
