import { z } from 'zod'
import { type ChainHistory, ChainHistorySchema } from './historySchema.ts'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'
import { stableJson } from './stableJson.ts'
import { writeFileAtomic } from './writeFileAtomic.ts'

/**
 * Writes a chain's change history as {@link stableJson}, atomically.
 * @returns whether the file's content changed.
 * @throws {SnapshotInvalidError} when `history` does not match ChainHistorySchema (nothing is written).
 */
export async function writeHistoryAtomic(file: string, history: ChainHistory): Promise<{ changed: boolean }> {
  const parsed = ChainHistorySchema.safeParse(history)
  if (!parsed.success) {
    throw new SnapshotInvalidError({ file, problem: z.prettifyError(parsed.error), cause: parsed.error })
  }
  return writeFileAtomic(file, stableJson(parsed.data))
}
