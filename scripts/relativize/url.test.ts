import { describe, expect, it } from 'vitest'
import { classifyUrl, isOtherOrigin, toRelative, toRelativeSpecifier } from './url.ts'

describe('classifyUrl', () => {
  it.each([
    ['/x', 'root-absolute'],
    ['/', 'root-absolute'],
    ['  /x', 'root-absolute'],
    ['//cdn.example/x.js', 'protocol-relative'],
    ['/\\cdn.example/x.js', 'protocol-relative'],
    ['\\\\cdn.example/x.js', 'protocol-relative'],
    ['https://example.org', 'scheme'],
    ['mailto:a@example.org', 'scheme'],
    ['data:image/png;base64,AA==', 'scheme'],
    ['x/y', 'relative'],
    ['../x', 'relative'],
    ['#top', 'relative'],
    ['?q=1', 'relative'],
    ['', 'relative'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind)
  })

  it('knows which URLs are served by another origin', () => {
    expect(isOtherOrigin('https://cdn.example/x.js')).toBe(true)
    expect(isOtherOrigin('HTTP://cdn.example/x.js')).toBe(true)
    expect(isOtherOrigin('//cdn.example/x.js')).toBe(true)
    expect(isOtherOrigin('mailto:a@example.org')).toBe(false)
    expect(isOtherOrigin('data:,x')).toBe(false)
    expect(isOtherOrigin('/x')).toBe(false)
  })
})

describe('toRelative', () => {
  it.each([
    ['/_astro/x.js', 'index.html', '_astro/x.js'],
    ['/', 'index.html', './'],
    ['/projects/aave/', 'index.html', 'projects/aave/'],
    ['/_astro/x.js', 'projects/uniswap/index.html', '../../_astro/x.js'],
    ['/', 'projects/uniswap/index.html', '../../'],
    ['/projects/aave/', 'projects/uniswap/index.html', '../aave/'],
    ['/projects/uniswap/', 'projects/uniswap/index.html', './'],
    ['/projects/uniswap/#tokens', 'projects/uniswap/index.html', './#tokens'],
    ['/projects', 'projects/uniswap/index.html', '../../projects'],
    ['/projects/', 'projects/uniswap/index.html', '../'],
    ['/?q=1#x', 'a/b/c/index.html', '../../../?q=1#x'],
    ['/_astro/font.woff2', '_astro/site.css', 'font.woff2'],
    ['/img/a.png', '_astro/site.css', '../img/a.png'],
    ['/a:b', 'index.html', './a:b'],
    ['/404.html', '404.html', '404.html'],
  ])('%s from %s is %s', (url, file, expected) => {
    expect(toRelative(url, file)).toBe(expected)
  })

  it('refuses URLs that are not root-absolute', () => {
    expect(() => toRelative('x', 'index.html')).toThrow(/not a root-absolute URL/)
    expect(() => toRelative('//cdn/x', 'index.html')).toThrow(/not a root-absolute URL/)
  })

  it('always gives module specifiers a ./ or ../ prefix', () => {
    expect(toRelativeSpecifier('/_astro/a.js', '_astro/b.js')).toBe('./a.js')
    expect(toRelativeSpecifier('/x/a.js', '_astro/b.js')).toBe('../x/a.js')
    expect(toRelativeSpecifier('/_astro/a.js', 'index.js')).toBe('./_astro/a.js')
  })
})
