import { describe, expect, it } from 'vitest'
import { contentType, defaultContentType } from './contentType.ts'

describe('contentType', () => {
  it('maps the extensions a built site uses', () => {
    const expected: Record<string, string> = {
      'a/index.html': 'text/html; charset=utf-8',
      'a.css': 'text/css; charset=utf-8',
      'a.js': 'text/javascript; charset=utf-8',
      'a.mjs': 'text/javascript; charset=utf-8',
      'a.json': 'application/json',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.jpg': 'image/jpeg',
      'a.webp': 'image/webp',
      'favicon.ico': 'image/x-icon',
      'a.woff2': 'font/woff2',
      'robots.txt': 'text/plain; charset=utf-8',
      'sitemap.xml': 'text/xml; charset=utf-8',
      'dist.car': 'application/vnd.ipld.car',
      'a.wasm': 'application/wasm',
    }
    for (const [path, type] of Object.entries(expected)) expect(contentType(path), path).toBe(type)
  })

  it('ignores case and falls back to octet-stream', () => {
    expect(contentType('PHOTO.JPG')).toBe('image/jpeg')
    expect(contentType('LICENSE')).toBe(defaultContentType)
    expect(contentType('archive.tar.zst')).toBe('application/octet-stream')
  })
})
