import { describe, expect, it } from 'vitest'
import { LogoInvalidError } from './LogoInvalidError.ts'
import { sanitizeSvg } from './sanitizeSvg.ts'

const open =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">'
const shape = '<path fill="#ff007a" d="M0 0h32v32H0z"/>'
const wrap = (inner: string, attrs = ''): string => `${open.replace('>', ` ${attrs}>`)}${shape}${inner}</svg>`

/** Namespace names are identifiers, never fetched: the only `http` a sanitized logo may keep. */
const withoutNamespaces = (svg: string): string =>
  svg.replace(/xmlns(?::\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')

const hostile: Array<{ case: string; svg: string; removed: string }> = [
  {
    case: 'script element',
    svg: wrap('<script>alert(document.cookie)</script>'),
    removed: '<script> element',
  },
  {
    case: 'script hidden in CDATA and a namespace prefix',
    svg: wrap('<svg:script xmlns:svg="http://www.w3.org/2000/svg"><![CDATA[alert(1)]]></svg:script>'),
    removed: '<svg:script> element',
  },
  { case: 'onload on the root', svg: wrap('', 'onload="alert(1)"'), removed: 'onload attribute on <svg>' },
  {
    case: 'javascript: link',
    svg: wrap('<a href="javascript:alert(1)"><circle r="4"/></a>'),
    removed: 'javascript: href on <a>',
  },
  {
    case: 'javascript: link obfuscated with a tab entity',
    svg: wrap('<a xlink:href="jav&#x09;ascript:alert(1)"><circle r="4"/></a>'),
    removed: 'javascript: xlink:href on <a>',
  },
  {
    case: 'external <use>',
    svg: wrap('<use href="https://evil.example/x.svg#icon"/>'),
    removed: 'external href "https://evil.example/x.svg#icon" on <use> (element removed)',
  },
  {
    case: 'foreignObject with HTML',
    svg: wrap(
      '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>',
    ),
    removed: '<foreignObject> element',
  },
  {
    case: 'HTML element outside foreignObject',
    svg: wrap('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>'),
    removed: 'HTML element <h:iframe>',
  },
  {
    case: 'data: URL image',
    svg: wrap('<image width="8" height="8" href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
    removed: 'data: URL href on <image> (element removed)',
  },
  {
    case: 'external bitmap',
    svg: wrap('<image width="8" height="8" xlink:href="http://tracker.example/pixel.png"/>'),
    removed: 'external xlink:href "http://tracker.example/pixel.png" on <image> (element removed)',
  },
  {
    case: 'style @import',
    svg: wrap('<style>@import url("https://evil.example/x.css"); path { fill: red }</style>'),
    removed: '<style> with @import',
  },
  {
    case: 'style url() to another origin, CSS-escaped',
    svg: wrap('<style>path { fill: \\75 rl(https://evil.example/p.svg#g) }</style>'),
    removed: '<style> with external url("https://evil.example/p.svg#g")',
  },
  {
    case: 'external url() in a presentation attribute',
    svg: wrap('<rect width="4" height="4" fill="url(http://evil.example/paint.svg#p)"/>'),
    removed: 'external url("http://evil.example/paint.svg#p") in fill attribute on <rect>',
  },
  {
    case: 'animation that sets href',
    svg: wrap('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><circle r="4"/></a>'),
    removed: '<set> that sets href',
  },
  {
    case: 'animation that sets a handler',
    svg: wrap('<circle r="4"><animate attributeName="onclick" values="alert(1)"/></circle>'),
    removed: '<animate> that sets onclick',
  },
  {
    case: 'embedded iframe',
    svg: wrap('<iframe src="https://evil.example/"/>'),
    removed: '<iframe> element pointing to "https://evil.example/"',
  },
  {
    case: 'xml-stylesheet processing instruction',
    svg: `<?xml-stylesheet href="https://evil.example/x.css"?>${wrap('')}`,
    removed: '<?xml-stylesheet?> processing instruction',
  },
  {
    case: 'javascript: in a non-URL attribute',
    svg: wrap('<circle r="4" style="background:javascript:alert(1)"/>'),
    removed: 'javascript: in style attribute on <circle>',
  },
]

describe('sanitizeSvg', () => {
  it.each(hostile)('removes and names: $case', ({ svg, removed }) => {
    const result = sanitizeSvg(svg)
    expect(result.removed).toContain(removed)
    for (const forbidden of [
      '<script',
      'onload',
      'onerror',
      'onclick',
      'javascript:',
      'foreignObject',
      'http',
      '@import',
    ]) {
      expect(withoutNamespaces(result.svg)).not.toContain(forbidden)
    }
    // What is left is still a logo: the legitimate shape survives.
    expect(result.svg).toContain('#ff007a')
    expect(result.svg).toMatch(/^<svg /)
  })

  it('names every removal when a file combines several attacks', () => {
    const svg = wrap(
      '<script>1</script><use href="https://a.example/u.svg#i"/>',
      'onload="x()" onmouseover="y()"',
    )
    expect(sanitizeSvg(svg).removed).toEqual([
      'onload attribute on <svg>',
      'onmouseover attribute on <svg>',
      '<script> element',
      'external href "https://a.example/u.svg#i" on <use> (element removed)',
    ])
  })

  it('optimizes a clean logo without reporting it as changed, keeping viewBox and local references', () => {
    const clean = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generator: Example Editor -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32" width="32" height="32">
  <title>Example</title>
  <style>.brand { fill: url(#grad) }</style>
  <defs>
    <linearGradient id="grad"><stop offset="0" stop-color="#FF007A"/><stop offset="1" stop-color="#7A00FF"/></linearGradient>
    <path id="mark" d="M 0 0 L 32 0 L 32 32 L 0 32 Z"/>
  </defs>
  <use xlink:href="#mark" class="brand"/>
  <a href="#mark"><circle cx="16" cy="16" r="4" fill="url(#grad)"/></a>
</svg>`
    const { svg, removed } = sanitizeSvg(clean)
    expect(removed).toEqual([])
    expect(svg.length).toBeLessThan(clean.length)
    expect(svg).toContain('viewBox="0 0 32 32"')
    expect(svg).toContain('<title>Example</title>')
    expect(svg).not.toContain('Generator')
    expect(svg).not.toContain('DOCTYPE')
  })

  it('gives the same bytes for the same input, and is stable when run on its own output', () => {
    for (const { svg } of hostile) {
      const first = sanitizeSvg(svg)
      expect(sanitizeSvg(svg)).toEqual(first)
      expect(sanitizeSvg(first.svg)).toEqual({ svg: first.svg, removed: [] })
    }
  })

  it.each([
    {
      case: 'entity declaration (billion laughs)',
      text: '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
      reason: /declares XML entities/,
    },
    {
      case: 'external entity (XXE)',
      text: '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>',
      reason: /declares XML entities/,
    },
    {
      case: '70 KiB file',
      text: wrap(`<desc>${'x'.repeat(70 * 1024)}</desc>`),
      reason: /7\d KiB, over the 64 KiB limit/,
    },
    { case: 'plain text', text: 'uniswap logo', reason: /does not parse as SVG/ },
    {
      case: 'a PNG read as text',
      text: '\u0089PNG\r\n\u001a\n\u0000\u0000',
      reason: /does not parse as SVG/,
    },
    {
      case: 'HTML document',
      text: '<html><body><svg/></body></html>',
      reason: /root element is <html>, not <svg>/,
    },
    {
      case: 'unclosed tag',
      text: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0">',
      reason: /does not parse as SVG/,
    },
    { case: 'empty file', text: '', reason: /no root element/ },
  ])('rejects $case with LogoInvalidError saying what to do', ({ text, reason }) => {
    let caught: unknown
    try {
      sanitizeSvg(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(LogoInvalidError)
    const error = caught as LogoInvalidError
    expect(error.shortMessage).toMatch(reason)
    expect(error.metaMessages.join(' ')).toMatch(/^[A-Z].+\.$/)
  })

  it('accepts a logo of exactly 64 KiB', () => {
    const head = wrap('<desc>')
    const filler = 64 * 1024 - Buffer.byteLength(wrap('<desc></desc>'))
    const text = `${head.slice(0, -'</svg>'.length)}${'x'.repeat(filler)}</desc></svg>`
    expect(Buffer.byteLength(text)).toBe(64 * 1024)
    expect(sanitizeSvg(text).removed).toEqual([])
  })
})
