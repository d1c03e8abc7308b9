import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { type ChainHistory, ChainHistorySchema } from './historySchema.ts'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'

/** Path of a chain's change history: `<snapshotDir>/<chain id>.history.json`. */
export function historyFile(snapshotDir: string, chain: string): string {
  return join(snapshotDir, `${chain}.history.json`)
}

/**
 * Reads and validates a chain's change history.
 * @returns the history, or undefined when the file does not exist.
 * @throws {SnapshotInvalidError} naming the file when it is not JSON, does not match ChainHistorySchema or
 * holds another chain.
 */
export async function readHistory(
  file: string,
  expected: { chain: string; chainId: number },
): Promise<ChainHistory | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SnapshotInvalidError({ file, problem: `not JSON (${(error as Error).message})`, cause: error })
  }
  const parsed = ChainHistorySchema.safeParse(json)
  if (!parsed.success) {
    throw new SnapshotInvalidError({ file, problem: z.prettifyError(parsed.error), cause: parsed.error })
  }
  if (parsed.data.chain !== expected.chain || parsed.data.chainId !== expected.chainId) {
    throw new SnapshotInvalidError({
      file,
      problem: `it holds the history of ${parsed.data.chain} (chain id ${parsed.data.chainId}), expected ${expected.chain} (chain id ${expected.chainId})`,
    })
  }
  return parsed.data
}
