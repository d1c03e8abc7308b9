/** Text helpers shared by the SVGs the site draws (graph, ego graphs, landscape export). */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for XML content and double-quoted attributes.
 * @example escapeXml('<b> & "c"') // '&lt;b&gt; &amp; &quot;c&quot;'
 */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)

/**
 * Escapes text for XML after dropping the characters XML 1.0 cannot hold at all (control characters, lone
 * surrogates), so a file built from any user text still parses.
 * @example xmlText('a\u0007<b>') // 'a&lt;b&gt;'
 */
export const xmlText = (text: string): string =>
  escapeXml(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''))

/**
 * Shortens text to at most `max` characters (code points, so no emoji is cut in half), ending with "…".
 * @example shortenText('Extraordinary', 6) // 'Extra…'
 */
export function shortenText(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
}
