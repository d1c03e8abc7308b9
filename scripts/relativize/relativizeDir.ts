import { readdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { mapLimited } from '../../indexer/async/mapLimited.ts'
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

/** What happened to one file. */
export interface FileOutcome {
  file: string
  changed: boolean
  problems: UrlProblem[]
}

export interface RelativizeDirOptions {
  /** Threads sharing the files; the machine's parallelism by default. Small sites use one. */
  workers?: number
}

/** Below this many files per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_WORKER = 500
/** Files read, rewritten and written at once in each thread, so the disk and the CPU overlap. */
const FILES_IN_FLIGHT = 8

const isRewritable = (file: string) => /\.(?:html?|css|m?js)$/i.test(file)

/**
 * Rewrites the given files of `dir` in place (see {@link relativizeDir}).
 * @param files - `/`-separated paths inside `dir`, each an HTML, CSS or JavaScript file.
 * @returns One outcome per file, in the order given.
 */
export async function relativizeFiles(dir: string, files: readonly string[]): Promise<FileOutcome[]> {
  return mapLimited(files, FILES_IN_FLIGHT, async (file) => {
    const path = join(dir, ...file.split('/'))
    const text = await readFile(path, 'utf8')
    const rewritten = relativizeFile(file, text)
    if (!rewritten) throw new Error(`relativize: ${file} is not an HTML, CSS or JavaScript file`)
    const changed = rewritten.output !== text
    if (changed) await writeFile(path, rewritten.output)
    return { file, changed, problems: rewritten.problems }
  })
}

/** Shares the files among worker threads, each taking every n-th file, and puts the outcomes back in order. */
async function relativizeInWorkers(dir: string, files: readonly string[], workers: number) {
  const shares = Array.from({ length: workers }, (_, share) =>
    files.filter((_, at) => at % workers === share),
  )
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileOutcome[]>((resolve, reject) => {
          const worker = new Worker(new URL('./relativizeFiles.worker.ts', import.meta.url), {
            workerData: { dir, files: share },
          })
          worker.once('message', (reply: { outcomes: FileOutcome[] } | { error: string }) =>
            'error' in reply ? reject(new Error(reply.error)) : resolve(reply.outcomes),
          )
          worker.once('error', reject)
          worker.once('exit', (code) =>
            reject(new Error(`relativize: a worker stopped with exit code ${code}`)),
          )
        }),
    ),
  )
  return files.map(
    (_, at) => (results[at % workers] as FileOutcome[])[Math.floor(at / workers)] as FileOutcome,
  )
}

/**
 * Makes every root-absolute URL in the HTML, CSS and JavaScript files under `dir` relative to the file that
 * holds it, in place. Idempotent: a second run changes nothing. Large sites are shared among worker threads;
 * the result is the same whatever their number.
 */
export async function relativizeDir(
  dir: string,
  options: RelativizeDirOptions = {},
): Promise<RelativizeDirResult> {
  const files = (await listFiles(dir)).filter(isRewritable)
  const workers = Math.max(
    1,
    Math.min(options.workers ?? availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER)),
  )
  const outcomes =
    workers === 1 ? await relativizeFiles(dir, files) : await relativizeInWorkers(dir, files, workers)
  return {
    changed: outcomes.filter((outcome) => outcome.changed).map((outcome) => outcome.file),
    checked: outcomes.map((outcome) => outcome.file),
    problems: outcomes.flatMap((outcome) => outcome.problems),
  }
}
