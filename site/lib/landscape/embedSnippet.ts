/** Size of the embedded frame, in CSS pixels. */
export const EMBED_SIZE = { width: 800, height: 600 } as const

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * The HTML someone pastes into their page to show a view of the landscape: an `<iframe>` of the embed
 * page with the view state in its hash. Attribute values are escaped, so `&` in the hash stays valid HTML.
 * @param embedUrl - absolute URL of the embed page, where the visitor is now (any gateway or ENS name)
 * @param hash - the view state, from `formatViewState` ("" for every project)
 * @param title - the frame's accessible title
 * @returns one line of HTML
 * @example embedSnippet('https://atlas.eth.limo/embed/', '#cat=dex', 'Web3 Atlas') // '<iframe src="https://atlas.eth.limo/embed/#cat=dex" title="Web3 Atlas" width="800" height="600" loading="lazy"></iframe>'
 */
export function embedSnippet(embedUrl: string, hash: string, title: string): string {
  const src = `${embedUrl.replace(/#.*$/, '')}${hash}`
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" loading="lazy"></iframe>`
}
