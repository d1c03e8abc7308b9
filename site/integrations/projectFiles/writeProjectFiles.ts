import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ProjectFiles } from './projectFiles.ts'

/** Writes in flight at once: enough to keep the disk busy while the next card is drawn. */
const WRITES_IN_FLIGHT = 32

/**
 * Writes every project file into `outDir` (made when missing), keeping a few writes in flight while the
 * next file is made, since drawing an Open Graph card is CPU work and writing it is I/O.
 *
 * @param files - What to write.
 * @param outDir - The folder that plays the site root.
 * @returns How many files were written.
 * @throws When a file cannot be made or written; the files written so far stay.
 * @example await writeProjectFiles(await loadProjectFiles(root), 'dist') // 30000
 */
export async function writeProjectFiles(files: ProjectFiles, outDir: string): Promise<number> {
  const folders = new Set(files.paths.map((path) => dirname(join(outDir, path))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  for (const path of files.paths) {
    const file = await files.contentOf(path)
    if (!file) throw new Error(`project file ${path} is listed but has no content`)
    const write: Promise<void> = writeFile(join(outDir, path), file.body)
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => inFlight.delete(write))
    inFlight.add(write)
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight)
    if (failure) break
  }
  await Promise.all(inFlight)
  if (failure) throw failure
  return files.paths.length
}
