/** One row of a directory listing. */
export interface ListingEntry {
  name: string
  /** Whether the entry is a folder (its link gets a trailing slash). */
  directory: boolean
  /** CID of the entry, shown next to the name. */
  cid: string
}

/**
 * Renders a minimal HTML listing for a folder without `index.html`. Names are HTML-escaped and
 * percent-encoded in links, so a file called `<script>` is shown, never run.
 *
 * @param options `title` (e.g. the request path), `entries`, and `parent` to add a `..` link.
 * @returns A complete HTML document.
 * @example
 * renderDirectoryListing({ title: '/ipfs/bafy…/', entries: [{ name: 'a.txt', directory: false, cid: 'bafk…' }] })
 */
export function renderDirectoryListing(options: {
  title: string
  entries: ListingEntry[]
  parent?: boolean
}): string {
  const { title, entries, parent = false } = options
  const rows = entries.map(({ name, directory, cid }) => {
    const href = `${encodeURIComponent(name)}${directory ? '/' : ''}`
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}${directory ? '/' : ''}</a> <small>${escapeHtml(cid)}</small></li>`
  })
  if (parent) rows.unshift('<li><a href="../">..</a></li>')
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>Index of ${escapeHtml(title)}</title></head>`,
    `<body><h1>Index of ${escapeHtml(title)}</h1>`,
    `<ul>${rows.join('')}</ul>`,
    '</body></html>',
    '',
  ].join('\n')
}

/**
 * Escapes text for use in HTML content and double-quoted attributes.
 *
 * @param text Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` escaped.
 * @example
 * escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char)
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
