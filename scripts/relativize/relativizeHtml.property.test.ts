import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkHtml, relativizeHtml } from './relativizeHtml.ts'

// relativizeHtml rewrites and checks in one pass; what it reports must be exactly what a separate check of
// its output finds, for any mix of tags, URLs, styles, scripts and comments.
const url = fc.constantFrom(
  '/x/',
  '/_astro/a.css',
  '//cdn.example/x.js',
  'https://cdn.example/x.png',
  '\\\\evil',
  '../up/',
  '#top',
  '?q=1',
  ' /spaced ',
  'data:image/png;base64,AA',
)
const quote = fc.constantFrom('"', "'", '')
const attribute = fc
  .tuple(
    fc.constantFrom('href', 'src', 'srcset', 'action', 'ping', 'poster', 'data-x', 'style', 'content', 'rel'),
    quote,
    url,
  )
  .map(([name, q, value]) => {
    const text = name === 'style' ? `background:url(${value})` : name === 'rel' ? 'stylesheet' : value
    return q === '' && /[\s"'=<>`]/.test(text) ? `${name}="${text}"` : `${name}=${q}${text}${q}`
  })
const tag = fc
  .tuple(
    fc.constantFrom('a', 'img', 'link', 'script', 'meta http-equiv="refresh"', 'use', 'form', 'div'),
    fc.array(attribute, { maxLength: 3 }),
  )
  .map(([name, attributes]) => `<${[name, ...attributes].join(' ')}>`)
const piece = fc.oneof(
  tag,
  url.map((value) => `<style>a{background:url(${value})}</style>`),
  url.map((value) => `<script>fetch("${value}_astro/x")</script>`),
  url.map((value) => `<!-- <a href="${value}"> -->`),
  fc.constantFrom('text ', '</a>', '<', '>', '"', "'", ' a href="/loose" '),
)

describe('relativizeHtml', () => {
  it('reports exactly what checkHtml finds in its output', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom('index.html', 'projects/a/index.html'),
        (pieces, file) => {
          const { output, problems } = relativizeHtml(pieces.join(''), file)
          expect(problems).toEqual(checkHtml(output, file))
        },
      ),
      { seed: 20261126, numRuns: 2000 },
    )
  })
})
