import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `text` to `file` atomically: to a temporary file in the same folder, flushed, then renamed over
 * `file`, so a reader (or a crash) never sees half a file. A file that already holds exactly these bytes
 * is left alone. Creates the folder.
 *
 * @returns whether the file's content changed.
 * @example await writeFileAtomic('snapshot/ethereum.history.json', text) // { changed: true }
 */
export async function writeFileAtomic(file: string, text: string): Promise<{ changed: boolean }> {
  const current = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (current === text) return { changed: false }

  const folder = dirname(file)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(file)}.${randomUUID()}.tmp`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return { changed: true }
}
