import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LogoInvalidError } from './LogoInvalidError.ts'
import { sanitizeSvg } from './sanitizeSvg.ts'

/** Fragments an attacker would try, mixed into arbitrary strings so the sanitizer sees both. */
const attack = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><script>alert(1)</script><x a="',
  '" onload="alert(1)',
  "' onmouseover='alert(1)",
  '"/><svg:script xmlns:svg="http://www.w3.org/2000/svg">1</svg:script><g a="',
  '"/><![CDATA[<script>1</script>]]><g a="',
  '"/><!--! <script>1</script> --><g a="',
  '"/><?xml-stylesheet href="x"?><g a="',
  '"/><set attributeName="onclick" to="alert(1)"/><g a="',
  'javascript:alert(1)',
  '&lt;script&gt;',
  '&#60;script&#62;',
  'on',
  'load=',
  ']]>',
  '<',
  '"',
)
const piece = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), attack)
const payload = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''))
const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')

const templates: Array<(value: string) => string> = [
  (v) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><text>${v}</text></svg>`,
  (v) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><path d="M0 0h8v8H0z" fill="${v}"/></svg>`,
  (v) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><a href="${v}"><title>${v}</title></a></svg>`,
  (v) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><style>${v}</style><g class="${v}"/></svg>`,
  (v) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8" ${v}><g/></svg>`,
]

/**
 * Attribute names of every tag in svgo's output. svgo always double-quotes values and escapes `<`, `>`
 * and `"` inside them and `<` in text, so every `<` starts a tag and every `"…"` is one value.
 */
function attributeNames(svg: string): string[] {
  const names: string[] = []
  for (const tag of svg.matchAll(/<([^>]*)>/g)) {
    const inside = (tag[1] ?? '').replace(/"[^"]*"/g, '""')
    for (const attr of inside.matchAll(/\s([^\s="/]+)=/g)) names.push(attr[1] ?? '')
  }
  return names
}

describe('sanitizeSvg on arbitrary input', () => {
  it('only ever throws LogoInvalidError, and never outputs a script or an event handler', () => {
    fc.assert(
      fc.property(payload, fc.nat({ max: templates.length - 1 }), fc.boolean(), (value, which, escaped) => {
        const template = templates[which] ?? templates[0]
        const text = template?.(escaped ? escapeXml(value) : value) ?? ''
        let svg: string
        try {
          svg = sanitizeSvg(text).svg
        } catch (error) {
          expect(error).toBeInstanceOf(LogoInvalidError)
          return
        }
        expect(svg.toLowerCase()).not.toContain('<script')
        expect(attributeNames(svg).filter((name) => /^on\w+$/i.test(name.replace(/^[^:]*:/, '')))).toEqual([])
      }),
      { numRuns: 400, seed: 20_260_101 },
    )
  })

  it('the output checker itself spots an event handler', () => {
    expect(attributeNames('<svg a="x onload=1" onload="y"><g/></svg>')).toEqual(['a', 'onload'])
  })
})
