import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { BlockstoreLike } from './BlockstoreLike.ts'

/** Thrown when a block the DAG links to is not in the blockstore. */
export class MissingBlockError extends BaseError {
  override name = 'MissingBlockError'
  readonly cid: CID
  constructor({ cid, cause }: { cid: CID; cause?: unknown }) {
    super(`Block ${cid} is not in the blockstore.`, {
      cause,
      metaMessages: [
        'Import the folder again into this blockstore; it was imported only in part, or elsewhere.',
      ],
    })
    this.cid = cid
  }
}

/**
 * Reads one block as a single byte array (blockstores hand blocks out in chunks).
 *
 * @param blockstore Where the block lives.
 * @param cid The block to read.
 * @param options `signal` to stop early.
 * @returns The block's bytes.
 * @throws {MissingBlockError} when the block is not in the blockstore.
 * @example
 * const bytes = await readBlock(blockstore, cid)
 */
export async function readBlock(
  blockstore: BlockstoreLike,
  cid: CID,
  options: { signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  // offline: a Helia node's blockstore must fail fast on a missing block, never ask the network.
  const getOptions = { signal: options.signal, offline: true }
  try {
    for await (const chunk of blockstore.get(cid, getOptions)) {
      chunks.push(chunk)
    }
  } catch (error) {
    if (
      (error as Error).name === 'NotFoundError' ||
      (error as Error).name === 'BlockNotFoundWhileOfflineError'
    ) {
      throw new MissingBlockError({ cid, cause: error })
    }
    throw error
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  return Buffer.concat(chunks)
}
