import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { moduleScripts } from './moduleScripts.ts'

/** What a built site weighs. */
export interface DistMeasures {
  /** Total bytes of every file under the folder. */
  bytes: number
  files: number
  /** `index.html`, gzipped (level 9, as a gateway or CDN would serve it). */
  homeGzipBytes: number
  /** The page whose scripts are weighed: `graph/index.html`, else `index.html`. */
  mapPage: string
  /** Every module script the map page loads (transitively, static imports), each gzipped, summed. */
  mapJsGzipBytes: number
  mapJsFiles: string[]
}

const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length

/**
 * Weighs a built site on disk: total size and file count, the home page gzipped, and the JavaScript the
 * map page loads, gzipped (the 60 KB budget).
 *
 * @param dist The built site's folder.
 * @returns Its measures.
 * @throws when `dist` or its `index.html` cannot be read.
 * @example const { mapJsGzipBytes } = await measureDist('/tmp/x/dist')
 */
export async function measureDist(dist: string): Promise<DistMeasures> {
  let bytes = 0
  let files = 0
  const texts = new Map<string, string>()
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    bytes += (await stat(path)).size
    files++
    if (/\.m?js$/.test(entry.name)) {
      texts.set(
        path
          .slice(dist.length + 1)
          .split('\\')
          .join('/'),
        await readFile(path, 'utf8'),
      )
    }
  }
  const home = await readFile(join(dist, 'index.html'), 'utf8')
  const graph = await readFile(join(dist, 'graph', 'index.html'), 'utf8').catch(() => undefined)
  const mapPage = graph === undefined ? 'index.html' : 'graph/index.html'
  texts.set(mapPage, graph ?? home)
  const mapJsFiles = moduleScripts(mapPage, (path) => texts.get(path))
  return {
    bytes,
    files,
    homeGzipBytes: gzipped(home),
    mapPage,
    mapJsGzipBytes: mapJsFiles.reduce((sum, path) => sum + gzipped(texts.get(path) ?? ''), 0),
    mapJsFiles,
  }
}
