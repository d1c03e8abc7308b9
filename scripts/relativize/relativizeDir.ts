import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type RelativizeResult, relativizeCss } from './relativizeCss.ts'
import { relativizeHtml } from './relativizeHtml.ts'
import { relativizeJs } from './relativizeJs.ts'
import type { UrlProblem } from './url.ts'

/**
 * Picks the rewrite for a file by its extension.
 * @param file Path inside the site, with `/` separators, e.g. `projects/uniswap/index.html`.
 * @returns `undefined` for files that hold no URLs to rewrite (images, fonts, data).
 */
export function relativizeFile(file: string, text: string): RelativizeResult | undefined {
  if (/\.html?$/i.test(file)) return relativizeHtml(text, file)
  if (/\.css$/i.test(file)) return relativizeCss(text, file)
  if (/\.m?js$/i.test(file)) return relativizeJs(text, file)
  return undefined
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFiles(dir, path)))
    else if (entry.isFile()) files.push(path)
  }
  return files
}

export interface RelativizeDirResult {
  /** Files whose URLs were rewritten. */
  changed: string[]
  /** Files that were read. */
  checked: string[]
  problems: UrlProblem[]
}

/**
 * Makes every root-absolute URL in the HTML, CSS and JavaScript files under `dir` relative to the file that
 * holds it, in place. Idempotent: a second run changes nothing.
 */
export async function relativizeDir(dir: string): Promise<RelativizeDirResult> {
  const result: RelativizeDirResult = { changed: [], checked: [], problems: [] }
  for (const file of await listFiles(dir)) {
    if (!/\.(?:html?|css|m?js)$/i.test(file)) continue
    const path = join(dir, ...file.split('/'))
    const text = await readFile(path, 'utf8')
    const rewritten = relativizeFile(file, text)
    if (!rewritten) continue
    result.checked.push(file)
    result.problems.push(...rewritten.problems)
    if (rewritten.output !== text) {
      await writeFile(path, rewritten.output)
      result.changed.push(file)
    }
  }
  return result
}
