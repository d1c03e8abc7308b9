import { describe, expect, it } from 'vitest'
import { embedSnippet } from './embedSnippet.ts'

describe(embedSnippet.name, () => {
  it('frames the embed page with the view in its hash, escaped for an HTML attribute', () => {
    expect(
      embedSnippet('http://127.0.0.1:8080/ipfs/bafy/embed/', '#q=uni&cat=dex', 'Web3 Atlas : "projets"'),
    ).toBe(
      '<iframe src="http://127.0.0.1:8080/ipfs/bafy/embed/#q=uni&amp;cat=dex" title="Web3 Atlas : &quot;projets&quot;" width="800" height="600" loading="lazy"></iframe>',
    )
  })

  it('drops a hash already on the embed URL and shows every project for the empty view', () => {
    expect(embedSnippet('https://atlas.eth.limo/fr/embed/#old=1', '', 'x')).toContain(
      'src="https://atlas.eth.limo/fr/embed/"',
    )
  })
})
