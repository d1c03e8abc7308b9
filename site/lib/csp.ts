import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy every page carries in a `<meta>` tag: only this site's own files, inline
 * styles (Astro inlines its CSS into each page) and `data:` images. Scripts must be external files from
 * this site; astro.config.mjs sets `assetsInlineLimit: 0` so Astro never inlines a bundled script.
 */
export const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'"

/** The CSP hash source of an inline script's exact text: `'sha256-…'`. */
export const scriptHash = (source: string) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`

/** The policy, allowing the given inline scripts by hash in addition to this site's files. */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  if (inlineScripts.length === 0) return CSP
  return `${CSP} ${inlineScripts.map(scriptHash).join(' ')}`
}

/**
 * The one inline script of the site, on the 404 pages only. A missing page can be served at any depth
 * (`/ipfs/<cid>/a/b/c`), so no relative URL written in the file can point back to the map; this script
 * finds the site root from the address (`/ipfs/<cid>/` or `/ipns/<name>/` on a path gateway, `/` elsewhere)
 * and points every `<a data-root-link="path">` at it. Without JavaScript the page explains where the map is.
 * `site/public/ipfs-404.html` carries the same text; a unit test keeps both and the hash in sync.
 */
export const ROOT_LINK_SCRIPT =
  "(()=>{const m=/^\\/ip[fn]s\\/[^/]+\\//.exec(location.pathname);const r=m?m[0]:'/';" +
  "for(const a of document.querySelectorAll('a[data-root-link]'))a.setAttribute('href',r+a.getAttribute('data-root-link'))})()"
