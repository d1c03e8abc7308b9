/**
 * The JavaScript files a page loads before it is interactive: the `<script type="module" src>` it
 * references and, transitively, the modules those import statically (`import … from "./chunk.js"`,
 * `import "./x.js"`). Dynamic `import()` is left out: it loads later, on demand. Pure: give it the page's
 * path and a reader of built files; paths are relative to the built site's root, `/`-separated.
 *
 * @param pagePath The page, e.g. `graph/index.html`.
 * @param read Returns a built file's text by its site path, undefined when it does not exist.
 * @returns The site paths of every module, each once, in discovery order.
 * @example moduleScripts('index.html', read) // ['_astro/EcosystemMap.astro_….js', '_astro/index.….js']
 */
export function moduleScripts(pagePath: string, read: (path: string) => string | undefined): string[] {
  const html = read(pagePath) ?? ''
  const queue: Array<{ from: string; url: string }> = []
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = tag[0]
    if (!/\btype\s*=\s*["']?module\b/i.test(attributes)) continue
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1]
    if (src) queue.push({ from: pagePath, url: src })
  }
  const found: string[] = []
  while (queue.length > 0) {
    const { from, url } = queue.shift() as { from: string; url: string }
    const path = resolveSitePath(from, url)
    if (!path || found.includes(path)) continue
    const text = read(path)
    if (text === undefined) continue
    found.push(path)
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)) {
      queue.push({ from: path, url: match[1] as string })
    }
  }
  return found
}

/** Resolves a URL written in the file at `from` to a site path; undefined for other origins. */
function resolveSitePath(from: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined
  const clean = url.replace(/[?#].*$/, '')
  const base = clean.startsWith('/') ? [] : from.split('/').slice(0, -1)
  const segments = [...base]
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return segments.join('/')
}
