import { extname } from 'node:path'

// What browsers need to render a static site; text types carry a charset as Go's mime table does for kubo.
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.car': 'application/vnd.ipld.car',
  '.wasm': 'application/wasm',
}

/** The type sent for files whose extension is unknown; with `nosniff`, browsers download them. */
export const defaultContentType = 'application/octet-stream'

/**
 * Picks the `Content-Type` for a file from its extension (case-insensitive), as a static host would.
 *
 * @param path A file name or path, e.g. `assets/app.mjs`.
 * @returns The content type, `application/octet-stream` when the extension is unknown.
 * @example
 * contentType('index.html') // 'text/html; charset=utf-8'
 */
export function contentType(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? defaultContentType
}
