/**
 * URL helpers for making a static site's root-absolute URLs relative to the file that holds them, so the
 * site works from any folder: `/`, an IPFS path gateway's `/ipfs/<cid>/`, or a subdomain gateway's root.
 */

/** A URL the relativizer could not leave in the output, with the file it was found in. */
export interface UrlProblem {
  /** Path of the file inside the output folder, with `/` separators. */
  file: string
  url: string
  reason: string
}

/** What a URL is, as far as where it points is concerned. */
export type UrlKind =
  /** `/x`: depends on where the site is served from, so it must be made relative. */
  | 'root-absolute'
  /** `//host/x`, or `\`-tricks browsers read as such: always another origin. */
  | 'protocol-relative'
  /** `https:`, `mailto:`, `data:`… */
  | 'scheme'
  /** `x`, `./x`, `../x`, `#x`, `?x`, or empty. */
  | 'relative'

export function classifyUrl(url: string): UrlKind {
  const value = url.trim()
  // Browsers read `\` as `/` in http(s) URLs, so `/\host` and `\\host` are protocol-relative too.
  if (/^[/\\][/\\]/.test(value)) return 'protocol-relative'
  if (value.startsWith('/')) return 'root-absolute'
  if (value.startsWith('\\')) return 'root-absolute'
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) return 'scheme'
  return 'relative'
}

/** `true` for `http:`/`https:` URLs and protocol-relative ones: anything served by another origin. */
export function isOtherOrigin(url: string): boolean {
  const kind = classifyUrl(url)
  return kind === 'protocol-relative' || (kind === 'scheme' && /^\s*https?:/i.test(url))
}

/**
 * Rewrites a root-absolute URL as a path relative to the folder of `file` (a path inside the site, such as
 * `projects/uniswap/index.html`). Query and fragment are kept as they are.
 *
 * @example
 * toRelative('/_astro/app.js', 'projects/uniswap/index.html') // '../../_astro/app.js'
 * toRelative('/projects/aave/', 'projects/uniswap/index.html') // '../aave/'
 * toRelative('/', 'index.html') // './'
 */
export function toRelative(url: string, file: string): string {
  const value = url.trim()
  if (classifyUrl(value) !== 'root-absolute' || value.startsWith('\\')) {
    throw new Error(`not a root-absolute URL: ${url}`)
  }
  const cut = value.search(/[?#]/)
  const path = cut === -1 ? value : value.slice(0, cut)
  const suffix = cut === -1 ? '' : value.slice(cut)
  const fromDirs = file.split('/').slice(0, -1)
  const targetDirs = path.slice(1).split('/')
  const name = targetDirs.pop() ?? ''
  let common = 0
  while (common < fromDirs.length && common < targetDirs.length && fromDirs[common] === targetDirs[common])
    common++
  let relative =
    '../'.repeat(fromDirs.length - common) +
    targetDirs
      .slice(common)
      .map((dir) => `${dir}/`)
      .join('') +
    name
  // An empty path would mean "this document"; a first segment with a colon would read as a scheme.
  if (relative === '' || /^[^/]*:/.test(relative)) relative = `./${relative}`
  return relative + suffix
}

/** Like {@link toRelative}, but always starting with `./` or `../`, as ES module specifiers must. */
export function toRelativeSpecifier(url: string, file: string): string {
  const relative = toRelative(url, file)
  return relative.startsWith('./') || relative.startsWith('../') ? relative : `./${relative}`
}
