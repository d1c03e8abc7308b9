import { join } from 'node:path'
import { type ChainHistory, ChainHistorySchema } from './historySchema.ts'
import { readChainJson } from './readChainJson.ts'

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
export function readHistory(
  file: string,
  expected: { chain: string; chainId: number },
): Promise<ChainHistory | undefined> {
  return readChainJson(file, ChainHistorySchema, expected, 'the history of ')
}
