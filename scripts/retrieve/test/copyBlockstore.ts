import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import type { BlockstoreLike } from '../../ipfs/BlockstoreLike.ts'
import { walkDag } from '../../ipfs/walkDag.ts'

/** A blockstore that serves `bytes` in place of the block `cid`: a gateway gone wrong. */
export class CorruptingBlockstore extends MemoryBlockstore {
  readonly #cid: CID
  readonly #bytes: Uint8Array
  constructor(cid: CID, bytes: Uint8Array) {
    super()
    this.#cid = cid
    this.#bytes = bytes
  }
  override *get(cid: CID, options?: { signal?: AbortSignal }): Generator<Uint8Array> {
    if (cid.equals(this.#cid)) yield this.#bytes
    else yield* super.get(cid, options) as Generator<Uint8Array>
  }
}

/**
 * Copies a DAG into another blockstore, leaving out the blocks `skip` names (a gateway that lost some).
 *
 * @param from Where the DAG is.
 * @param root Its root.
 * @param to Where to copy it.
 * @param skip Blocks not to copy.
 * @returns `to`.
 * @example
 * const partial = await copyDag(release.blockstore, release.root, new MemoryBlockstore(), [leaf])
 */
export async function copyDag<T extends BlockstoreLike>(
  from: BlockstoreLike,
  root: CID,
  to: T,
  skip: CID[] = [],
): Promise<T> {
  for await (const { cid, bytes } of walkDag(from, root)) {
    if (!skip.some((skipped) => skipped.equals(cid))) await to.put(cid, bytes)
  }
  return to
}
