/**
 * Joins an API base URL and a path the way people mean it: `https://h/psa` + `pins` is `https://h/psa/pins`
 * (plain `new URL('pins', base)` would drop `psa`), keeping the base's query (some services take keys there).
 *
 * @param base The service's base URL, with or without a trailing slash.
 * @param path The path below it, without a leading slash, e.g. `api/v0/dag/import`.
 * @param query Query parameters to add.
 * @returns The full URL.
 * @example
 * endpointUrl(new URL('http://127.0.0.1:5001'), 'api/v0/pin/ls', { arg: 'bafy…' }).href
 * // 'http://127.0.0.1:5001/api/v0/pin/ls?arg=bafy…'
 */
export function endpointUrl(base: URL, path: string, query: Record<string, string> = {}): URL {
  const url = new URL(base)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path}`
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url
}
