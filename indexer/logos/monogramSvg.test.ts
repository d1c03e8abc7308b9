import { describe, expect, it } from 'vitest'
import { MONOGRAM_PALETTE, MONOGRAM_TEXT, monogramInitials, monogramSvg } from './monogramSvg.ts'
import { sanitizeSvg } from './sanitizeSvg.ts'

/** WCAG 2.x relative luminance of an `#RRGGBB` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const textOf = (svg: string): string => svg.match(/<text[^>]*>([^<]*)<\/text>/)?.[1] ?? ''
const fillOf = (svg: string): string => svg.match(/<rect[^>]*fill="([^"]+)"/)?.[1] ?? ''

describe('monogramSvg', () => {
  it('shows the first letters of the first two words, uppercased', () => {
    expect(textOf(monogramSvg('uniswap labs protocol', 'uniswap'))).toBe('UL')
    expect(textOf(monogramSvg('Aave', 'aave'))).toBe('A')
    expect(textOf(monogramSvg('1inch Network', '1inch'))).toBe('1N')
    expect(monogramInitials('  "Curve" — Finance!  ', 'curve')).toBe('CF')
  })

  it('falls back to the slug for a name without letters or digits', () => {
    expect(textOf(monogramSvg('🦄🚀', 'unicorn-rocket'))).toBe('U')
    expect(monogramSvg('🦄🚀', 'unicorn-rocket')).toContain('aria-label="🦄🚀"')
  })

  it('keeps a hostile name as inert text', () => {
    const svg = monogramSvg('<script>alert("x")</script> & co', 'evil')
    expect(svg).not.toContain('<script')
    expect(svg).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"')
    expect(textOf(svg)).toBe('SA')
    // The sanitizer finds nothing to remove and parses it, so it is well-formed, safe SVG.
    expect(sanitizeSvg(svg).removed).toEqual([])
    // Characters XML forbids would make the whole file unparsable.
    expect(() => sanitizeSvg(monogramSvg('Bad\u0000\u0007Name\ud800', 'bad'))).not.toThrow()
  })

  it('is a 64×64 rounded square labelled for screen readers', () => {
    const svg = monogramSvg('Lido Finance', 'lido')
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 64 64"[^>]*role="img"[^>]*aria-label="Lido Finance">/)
    expect(svg).toMatch(/<rect width="64" height="64" rx="\d+"/)
  })

  it('puts white text on palette colours with WCAG contrast of at least 4.5:1', () => {
    for (const colour of MONOGRAM_PALETTE) {
      expect(contrast(MONOGRAM_TEXT, colour), colour).toBeGreaterThanOrEqual(4.5)
    }
    // A light colour fails, so the check above can fail.
    expect(contrast(MONOGRAM_TEXT, '#FBBF24')).toBeLessThan(4.5)
  })

  it('is deterministic: the slug alone picks the colour, and different slugs spread over the palette', () => {
    expect(monogramSvg('Uniswap', 'uniswap')).toBe(monogramSvg('Uniswap', 'uniswap'))
    expect(fillOf(monogramSvg('Renamed', 'uniswap'))).toBe(fillOf(monogramSvg('Uniswap', 'uniswap')))
    const colours = new Set(Array.from({ length: 60 }, (_, i) => fillOf(monogramSvg('P', `project-${i}`))))
    expect(colours.size).toBeGreaterThan(MONOGRAM_PALETTE.length / 2)
    for (const colour of colours) expect(MONOGRAM_PALETTE).toContain(colour)
  })
})
