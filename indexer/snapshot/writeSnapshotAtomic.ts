import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from './snapshotSchema.ts'
import { stableJson } from './stableJson.ts'

/**
 * Writes a snapshot as {@link stableJson}, atomically: to a temporary file in the same folder, then
 * flushed and renamed over `file`, so a reader (or a crash) never sees half a file. A file that already holds exactly
 * these bytes is left alone.
 *
 * @returns whether the file's content changed.
 * @throws {SnapshotInvalidError} when `snapshot` does not match ChainSnapshotSchema (nothing is written).
 */
export async function writeSnapshotAtomic(
  file: string,
  snapshot: ChainSnapshot,
): Promise<{ changed: boolean }> {
  const parsed = ChainSnapshotSchema.safeParse(snapshot)
  if (!parsed.success) {
    throw new SnapshotInvalidError({ file, problem: z.prettifyError(parsed.error), cause: parsed.error })
  }
  const text = stableJson(parsed.data)
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
