import { describe, expect, it } from 'vitest'
import { checkHtml, mapSrcset, relativizeHtml } from './relativizeHtml.ts'

const rewrite = (html: string, file: string) => relativizeHtml(html, file)

describe('relativizeHtml', () => {
  it('rewrites a project page two folders deep', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
      '<link rel="stylesheet" href="/_astro/site.css">' +
      '<script type="module" src="/_astro/atlas-map.js"></script></head>' +
      '<body><a href="/">Atlas</a> <a href="/projects/aave/">Aave</a> <a href="/projects/uniswap/">self</a>' +
      '<form action="/search/"><button formaction="/go">go</button></form></body></html>'
    expect(rewrite(html, 'projects/uniswap/index.html')).toEqual({
      output:
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
        '<link rel="stylesheet" href="../../_astro/site.css">' +
        '<script type="module" src="../../_astro/atlas-map.js"></script></head>' +
        '<body><a href="../../">Atlas</a> <a href="../aave/">Aave</a> <a href="./">self</a>' +
        '<form action="../../search/"><button formaction="../../go">go</button></form></body></html>',
      problems: [],
    })
  })

  it('rewrites the root page', () => {
    expect(
      rewrite('<a href="/">home</a><img src="/a.png" alt=""><a href="/projects/a/">a</a>', 'index.html'),
    ).toEqual({
      output: '<a href="./">home</a><img src="a.png" alt=""><a href="projects/a/">a</a>',
      problems: [],
    })
  })

  it('rewrites every srcset candidate and keeps descriptors', () => {
    const html = '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x,/b.png 640w, c.png 3x" alt="">'
    expect(rewrite(html, 'p/q/index.html').output).toBe(
      '<img src="../../a.png" srcset="../../a.png 1x, ../../a@2x.png 2x,../../b.png 640w, c.png 3x" alt="">',
    )
    expect(rewrite('<link rel="preload" as="image" imagesrcset="/x.png 2x">', 'a/index.html').output).toBe(
      '<link rel="preload" as="image" imagesrcset="../x.png 2x">',
    )
  })

  it('keeps query and hash, and leaves hash-only, query-only, scheme and relative URLs alone', () => {
    const html =
      '<a href="/p/?q=1#top">x</a><a href="#top">x</a><a href="?q=2">x</a><a href="mailto:a@example.org">x</a>' +
      '<a href="https://example.org/" rel="noopener noreferrer">x</a><a href="../already/">x</a>' +
      "<img src='data:image/png;base64,AA==' alt=''>"
    expect(rewrite(html, 'p/index.html')).toEqual({
      output:
        '<a href="./?q=1#top">x</a><a href="#top">x</a><a href="?q=2">x</a><a href="mailto:a@example.org">x</a>' +
        '<a href="https://example.org/" rel="noopener noreferrer">x</a><a href="../already/">x</a>' +
        "<img src='data:image/png;base64,AA==' alt=''>",
      problems: [],
    })
  })

  it('handles single quotes, unquoted values, odd spacing and upper-case names', () => {
    expect(
      rewrite('<A HREF=\'/x/\'>x</A><img src=/a.png alt=x><a href = " /y">y</a>', 'd/index.html').output,
    ).toBe('<A HREF=\'../x/\'>x</A><img src="../a.png" alt=x><a href = " ../y">y</a>')
  })

  it('rewrites SVG links, inline styles and <style> elements, but not text or data attributes', () => {
    const html =
      '<svg><a href="/projects/a/"><circle r="3"></circle></a><use href="#dot"></use></svg>' +
      '<div style="background:url(/bg.png)" data-note="/not-a-url">/just text href="/x"</div>' +
      '<style>.a{background:url("/_astro/a.png")}@import "/_astro/b.css";</style>'
    expect(rewrite(html, 'projects/b/index.html').output).toBe(
      '<svg><a href="../a/"><circle r="3"></circle></a><use href="#dot"></use></svg>' +
        '<div style="background:url(../../bg.png)" data-note="/not-a-url">/just text href="/x"</div>' +
        '<style>.a{background:url("../../_astro/a.png")}@import "../../_astro/b.css";</style>',
    )
  })

  it('rewrites a meta refresh target', () => {
    expect(rewrite('<meta http-equiv="refresh" content="0;url=/projects/a/">', 'old/index.html').output).toBe(
      '<meta http-equiv="refresh" content="0;url=../projects/a/">',
    )
  })

  it('is idempotent', () => {
    const once = rewrite('<a href="/a/b/">x</a><script src="/_astro/x.js"></script>', 'a/c/index.html').output
    expect(once).toBe('<a href="../b/">x</a><script src="../../_astro/x.js"></script>')
    expect(rewrite(once, 'a/c/index.html').output).toBe(once)
  })

  it('does not touch script bodies or comments', () => {
    const html = '<script>const a = "<a href=\\"/x\\">"</script><!-- <a href="/y"> -->'
    expect(rewrite(html, 'p/index.html')).toEqual({ output: html, problems: [] })
  })

  it('reports protocol-relative URLs as third-party references and leaves them alone', () => {
    const html = '<script src="//cdn.example/lib.js"></script><a href="//example.org/">x</a>'
    expect(rewrite(html, 'index.html')).toEqual({
      output: html,
      problems: [
        {
          file: 'index.html',
          url: '//cdn.example/lib.js',
          reason: 'third-party reference (protocol-relative URL)',
        },
        {
          file: 'index.html',
          url: '//example.org/',
          reason: 'third-party reference (protocol-relative URL)',
        },
      ],
    })
  })

  it('reports resources loaded from another origin, but not links to other sites', () => {
    const html =
      '<link rel="stylesheet" href="https://fonts.example/css"><link rel="canonical" href="https://atlas.example/">' +
      '<img src="https://cdn.example/a.png" alt=""><a href="https://example.org/">x</a>' +
      '<style>@font-face{src:url(https://fonts.example/f.woff2)}</style>'
    expect(rewrite(html, 'index.html').problems.map((problem) => problem.url)).toEqual([
      'https://fonts.example/css',
      'https://cdn.example/a.png',
      'https://fonts.example/f.woff2',
    ])
  })

  it('reports root-absolute URLs it cannot rewrite', () => {
    const html =
      '<script>import("/_astro/lazy.js")</script><a href="\\evil">x</a>' +
      '<svg><image xlink:href="/\\cdn.example/a.png"></image></svg>'
    expect(rewrite(html, 'index.html').problems).toEqual([
      { file: 'index.html', url: '/_astro/lazy.js', reason: 'root-absolute asset URL in an inline script' },
      { file: 'index.html', url: '\\evil', reason: 'root-absolute URL could not be made relative' },
      {
        file: 'index.html',
        url: '/\\cdn.example/a.png',
        reason: 'third-party reference (protocol-relative URL)',
      },
    ])
  })
})

describe('checkHtml', () => {
  it('finds root-absolute URLs even where the tokenizer would not look', () => {
    expect(checkHtml('<a href="/x">x</a>', 'p/index.html')).toEqual([
      { file: 'p/index.html', url: '/x', reason: 'root-absolute URL could not be made relative' },
    ])
    expect(checkHtml('<p>broken <a <img src="/y"></p>', 'index.html').map((problem) => problem.url)).toEqual([
      '/y',
    ])
    expect(checkHtml('<a href="./">x</a><p>a href="/x" in text</p>', 'index.html')).toEqual([])
  })
})

describe('mapSrcset', () => {
  it('visits each URL once and keeps separators and descriptors byte for byte', () => {
    const seen: string[] = []
    const out = mapSrcset(' a.png 1x ,b.png,, c.png  2x', (url) => {
      seen.push(url)
      return url.toUpperCase()
    })
    expect(seen).toEqual(['a.png', 'b.png', 'c.png'])
    expect(out).toBe(' A.PNG 1x ,B.PNG,, C.PNG  2x')
  })
})
