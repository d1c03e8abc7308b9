import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { mapLimited } from '../../../indexer/async/mapLimited.ts'
import type { ProjectFiles } from './projectFiles.ts'

/** Files made and written at once: enough to keep the disk busy while the next card is drawn. */
const WRITES_IN_FLIGHT = 32

/**
 * Writes every project file into `outDir` (made when missing), a few at a time, so the disk writes one file
 * while the next Open Graph card is drawn (CPU work).
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
  await mapLimited(files.paths, WRITES_IN_FLIGHT, async (path) => {
    const file = await files.contentOf(path)
    if (!file) throw new Error(`project file ${path} is listed but has no content`)
    await writeFile(join(outDir, path), file.body)
  })
  return files.paths.length
}
