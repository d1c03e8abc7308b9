import { readChainJson } from './readChainJson.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from './snapshotSchema.ts'

/**
 * Reads and validates one snapshot file.
 * @param file Path of the file, as it should appear in messages (e.g. `snapshot/ethereum.json`).
 * @param expected When given, the snapshot must be of this chain (and chain id, when given).
 * @returns the snapshot, or undefined when the file does not exist.
 * @throws {SnapshotInvalidError} naming the file when it is not JSON, does not match ChainSnapshotSchema, or
 * holds another chain.
 */
export function readSnapshot(
  file: string,
  expected?: { chain: string; chainId?: number },
): Promise<ChainSnapshot | undefined> {
  return readChainJson(file, ChainSnapshotSchema, expected)
}
