import { z } from 'zod'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from './snapshotSchema.ts'
import { stableJson } from './stableJson.ts'
import { writeFileAtomic } from './writeFileAtomic.ts'

/**
 * Writes a snapshot as {@link stableJson}, atomically (see {@link writeFileAtomic}). A file that already
 * holds exactly these bytes is left alone.
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
  return writeFileAtomic(file, stableJson(parsed.data))
}
