/**
 * Background colours for monograms, each dark enough that white text on it reaches WCAG AA (≥ 4.5:1).
 * Order matters: a slug's colour is its hash modulo this list, so append rather than reorder.
 */
export const MONOGRAM_PALETTE = [
  '#1D4ED8',
  '#4338CA',
  '#6D28D9',
  '#A21CAF',
  '#BE123C',
  '#B91C1C',
  '#C2410C',
  '#A16207',
  '#047857',
  '#0F766E',
  '#0E7490',
  '#334155',
] as const

/** Text colour on every palette entry. */
export const MONOGRAM_TEXT = '#FFFFFF'

/** FNV-1a over UTF-16 code units: tiny, stable across runs and platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

const escapeXml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')

/** Characters XML 1.0 forbids outright; a name carrying one would make the whole SVG unparsable. */
const stripXmlInvalid = (text: string): string =>
  Array.from(text.toWellFormed())
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0
      return (
        code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
      )
    })
    .join('')

/**
 * The one or two letters a monogram shows: the first letter or digit of each of the name's first two
 * words, uppercased; the slug's first character when the name has none (e.g. an emoji-only name).
 *
 * @param name - The project's display name.
 * @param slug - The project's slug, the fallback.
 * @returns One or two characters (more only where uppercasing expands, as ß → SS), or "?" when both are empty.
 */
export function monogramInitials(name: string, slug: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  const initials = words
    .slice(0, 2)
    .map((word) => String.fromCodePoint(word.codePointAt(0) ?? 63))
    .join('')
  const fallback = Array.from(slug)[0] ?? '?'
  return (initials || fallback).toUpperCase()
}

/**
 * Draws the placeholder logo for a project without one: a rounded square in a palette colour picked by
 * a stable hash of the slug, with the name's initials in white. Pure and deterministic.
 *
 * @param name - The project's display name; it becomes the `aria-label` (XML-escaped).
 * @param slug - The project's slug; it picks the colour and is the fallback initial.
 * @returns A standalone SVG document (viewBox 0 0 64 64) with `role="img"`.
 * @example
 * monogramSvg('Uniswap Labs', 'uniswap') // '<svg … aria-label="Uniswap Labs">…UL</text></svg>'
 */
export function monogramSvg(name: string, slug: string): string {
  const initials = stripXmlInvalid(monogramInitials(name, slug)) || '?'
  const background = MONOGRAM_PALETTE[hash(slug) % MONOGRAM_PALETTE.length]
  const fontSize = Array.from(initials).length > 1 ? 26 : 32
  const label = escapeXml(stripXmlInvalid(name.trim() || slug))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="${label}">`,
    `<rect width="64" height="64" rx="12" fill="${background}"/>`,
    `<text x="32" y="32" dy="0.35em" text-anchor="middle" fill="${MONOGRAM_TEXT}" font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="700" aria-hidden="true">${escapeXml(initials)}</text>`,
    '</svg>\n',
  ].join('')
}
