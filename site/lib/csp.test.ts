import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { CSP, contentSecurityPolicy, ROOT_LINK_SCRIPT, scriptHash } from './csp.ts'

describe('contentSecurityPolicy', () => {
  it('is the strict policy by default', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'",
    )
    expect(contentSecurityPolicy()).toBe(CSP)
  })

  it('allows inline scripts only by hash', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
    expect(contentSecurityPolicy(['alert(1)'])).toBe(
      `${CSP} 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='`,
    )
  })
})

describe('ROOT_LINK_SCRIPT', () => {
  const run = (pathname: string, links: string[]) => {
    const anchors = links.map((value) => {
      const attributes = new Map([['data-root-link', value]])
      return {
        getAttribute: (name: string) => attributes.get(name) ?? null,
        setAttribute: (name: string, next: string) => attributes.set(name, next),
        href: () => attributes.get('href'),
      }
    })
    const scope = { location: { pathname }, document: { querySelectorAll: () => anchors } }
    new Function('location', 'document', ROOT_LINK_SCRIPT)(scope.location, scope.document)
    return anchors.map((anchor) => anchor.href())
  }

  it('finds the site root under a path gateway, at any depth', () => {
    expect(run('/ipfs/bafyabc/a/b/c', ['', '#projects'])).toEqual([
      '/ipfs/bafyabc/',
      '/ipfs/bafyabc/#projects',
    ])
    expect(run('/ipfs/bafyabc/missing', [''])).toEqual(['/ipfs/bafyabc/'])
    expect(run('/ipns/atlas.example/x/y/', [''])).toEqual(['/ipns/atlas.example/'])
  })

  it('uses / on a subdomain gateway or an ordinary host', () => {
    expect(run('/a/b/c', [''])).toEqual(['/'])
    expect(run('/ipfsx/a/b', [''])).toEqual(['/'])
  })

  it('is the exact script in site/public/ipfs-404.html, allowed there by its hash', async () => {
    const html = await readFile(new URL('../public/ipfs-404.html', import.meta.url), 'utf8')
    expect(html).toContain(`<script>${ROOT_LINK_SCRIPT}</script>`)
    expect(html).toContain(`content="${contentSecurityPolicy([ROOT_LINK_SCRIPT])}"`)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/(?:href|src)="\/(?!\/)/)
  })
})
