/**
 * Splits a raw URL path (as sent, before any normalisation) into decoded segments, refusing any
 * segment that could climb out of a root or smuggle a separator: `.`, `..`, or a decoded `/`, `\` or NUL.
 * Empty segments (`a//b`, the trailing slash) are dropped.
 *
 * @param rawPath The path part of a request target, e.g. `/docs/caf%C3%A9/`.
 * @returns The decoded segments, e.g. `['docs', 'café']`, or `undefined` when the path must be refused.
 * @example
 * decodePathSegments('/a/%2e%2e/b') // undefined
 * decodePathSegments('/a/b%20c/') // ['a', 'b c']
 */
export function decodePathSegments(rawPath: string): string[] | undefined {
  if (!rawPath.startsWith('/')) return undefined
  const segments: string[] = []
  for (const raw of rawPath.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return undefined
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined
    if (segment !== '') segments.push(segment)
  }
  return segments
}

/**
 * Builds a URL path from decoded segments, percent-encoding each one.
 *
 * @param segments Decoded path segments, e.g. `['a', 'b c']`.
 * @returns The path with a leading slash, e.g. `/a/b%20c`; `''` for no segments.
 * @example
 * encodePathSegments(['docs', 'café']) // '/docs/caf%C3%A9'
 */
export function encodePathSegments(segments: readonly string[]): string {
  return segments.map((segment) => `/${encodeURIComponent(segment)}`).join('')
}

/**
 * Splits a request target into its path and its query (without the `?`).
 *
 * @param target The request target, e.g. `/a/b?format=car`.
 * @returns `[path, query]`; query is `''` when there is none.
 * @example
 * splitRequestTarget('/a?x=1') // ['/a', 'x=1']
 */
export function splitRequestTarget(target: string): [string, string] {
  const mark = target.indexOf('?')
  return mark === -1 ? [target, ''] : [target.slice(0, mark), target.slice(mark + 1)]
}
