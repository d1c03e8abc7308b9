import { describe, expect, it } from 'vitest'
import { escapeHtml, renderDirectoryListing } from './renderDirectoryListing.ts'

describe('renderDirectoryListing', () => {
  it('escapes names in text and encodes them in links, folders with a trailing slash', () => {
    const html = renderDirectoryListing({
      title: '/ipfs/bafy/<x>/',
      entries: [
        { name: '<script>alert(1)</script>.txt', directory: false, cid: 'bafk1' },
        { name: 'a "b" & c', directory: true, cid: 'bafy2' },
      ],
      parent: true,
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.txt')
    expect(html).toContain('href="%3Cscript%3Ealert(1)%3C%2Fscript%3E.txt"')
    expect(html).toContain('href="a%20%22b%22%20%26%20c/"')
    expect(html).toContain('a &quot;b&quot; &amp; c/')
    expect(html).toContain('<a href="../">..</a>')
    expect(html).toContain('Index of /ipfs/bafy/&lt;x&gt;/')
  })

  it('has no parent link at the root', () => {
    expect(renderDirectoryListing({ title: '/', entries: [] })).not.toContain('../')
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
