import { describe, expect, it } from 'vitest'
import { relativizeCss } from './relativizeCss.ts'
import { relativizeJs } from './relativizeJs.ts'

describe('relativizeCss', () => {
  it('rewrites url() in every quoting style relative to the style sheet', () => {
    const css =
      '@font-face{src:url(/_astro/f.woff2) format("woff2")}' +
      '.a{background:url( \'/img/a.png\' )}.b{mask:url("/_astro/m.svg#i")}' +
      '.c{background:url(data:image/png;base64,AA==)}.d{background:url(#grad)}.e{background:url(rel.png)}'
    expect(relativizeCss(css, '_astro/site.css')).toEqual({
      output:
        '@font-face{src:url(f.woff2) format("woff2")}' +
        '.a{background:url(\'../img/a.png\')}.b{mask:url("m.svg#i")}' +
        '.c{background:url(data:image/png;base64,AA==)}.d{background:url(#grad)}.e{background:url(rel.png)}',
      problems: [],
    })
  })

  it('rewrites @import strings and reports third-party style sheets and fonts', () => {
    const css =
      '@import "/_astro/b.css";@import url(//fonts.example/css);.f{src:url(https://cdn.example/f.woff2)}'
    expect(relativizeCss(css, 'a/b/index.html')).toEqual({
      output:
        '@import "../../_astro/b.css";@import url(//fonts.example/css);.f{src:url(https://cdn.example/f.woff2)}',
      problems: [
        {
          file: 'a/b/index.html',
          url: '//fonts.example/css',
          reason: 'third-party reference in CSS (the site must not load anything from another origin)',
        },
        {
          file: 'a/b/index.html',
          url: 'https://cdn.example/f.woff2',
          reason: 'third-party reference in CSS (the site must not load anything from another origin)',
        },
      ],
    })
  })
})

describe('relativizeJs', () => {
  it('rewrites root-absolute static and dynamic imports relative to the script', () => {
    const js =
      'import{a as b}from"/_astro/chunk.js";import"/_astro/side.js";export*from\'/lib/x.js\';import("/_astro/lazy.js")'
    expect(relativizeJs(js, '_astro/page.js')).toEqual({
      output:
        'import{a as b}from"./chunk.js";import"./side.js";export*from\'../lib/x.js\';import("./lazy.js")',
      problems: [],
    })
  })

  it('leaves relative imports and other strings alone', () => {
    const js = 'import{a}from"./chunk.js";const s="/not/an/import";Array.from("/x")'
    expect(relativizeJs(js, '_astro/page.js')).toEqual({ output: js, problems: [] })
  })

  it('reports third-party imports and root-absolute asset strings it must not guess about', () => {
    const js = 'import x from"https://cdn.example/d3.js";const img="/_astro/a.png"'
    expect(relativizeJs(js, '_astro/page.js').problems).toEqual([
      { file: '_astro/page.js', url: 'https://cdn.example/d3.js', reason: 'third-party module import' },
      {
        file: '_astro/page.js',
        url: '/_astro/a.png',
        reason: 'root-absolute asset URL in a script (it cannot be made relative safely)',
      },
    ])
  })
})
