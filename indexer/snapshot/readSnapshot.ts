import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from './snapshotSchema.ts'

/**
 * Reads and validates one snapshot file.
 * @param file Path of the file, as it should appear in messages (e.g. `snapshot/ethereum.json`).
 * @param expected When given, the snapshot must be of this chain (and chain id, when given).
 * @returns the snapshot, or undefined when the file does not exist.
 * @throws {SnapshotInvalidError} naming the file when it is not JSON, does not match ChainSnapshotSchema, or
 * holds another chain.
 */
export async function readSnapshot(
  file: string,
  expected?: { chain: string; chainId?: number },
): Promise<ChainSnapshot | undefined> {
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
  const parsed = ChainSnapshotSchema.safeParse(json)
  if (!parsed.success) {
    throw new SnapshotInvalidError({ file, problem: z.prettifyError(parsed.error), cause: parsed.error })
  }
  const snapshot = parsed.data
  if (!expected) return snapshot
  const { chain, chainId = snapshot.chainId } = expected
  if (snapshot.chain !== chain || snapshot.chainId !== chainId) {
    throw new SnapshotInvalidError({
      file,
      problem: `it holds ${snapshot.chain} (chain id ${snapshot.chainId}), expected ${chain} (chain id ${chainId})`,
    })
  }
  return snapshot
}
