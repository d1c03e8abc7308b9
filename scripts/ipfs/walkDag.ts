import * as dagPb from '@ipld/dag-pb'
import type { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { BlockstoreLike } from './BlockstoreLike.ts'
import { readBlock } from './readBlock.ts'

/** Thrown when the DAG holds a block whose links this walker cannot read. */
export class UnsupportedCodecError extends BaseError {
  override name = 'UnsupportedCodecError'
  constructor({ cid }: { cid: CID }) {
    super(`Block ${cid} uses codec 0x${cid.code.toString(16)}, which this walker cannot follow.`, {
      metaMessages: [
        'Only UnixFS DAGs (dag-pb and raw blocks), as made by importDirectory, can be exported.',
      ],
    })
  }
}

/** A block: its CID and its bytes. */
export interface Block {
  cid: CID
  bytes: Uint8Array
}

/**
 * Yields every block of a UnixFS DAG once, depth first, parent before children, links in order:
 * the order `ipfs dag export` writes and a streaming verifier can check block by block.
 *
 * @param blockstore Where the blocks live.
 * @param root The DAG's root.
 * @param options `signal` to stop early.
 * @returns The blocks, each CID once.
 * @throws {MissingBlockError} when a linked block is not in the blockstore.
 * @throws {UnsupportedCodecError} when a block is neither dag-pb nor raw.
 * @example
 * for await (const { cid, bytes } of walkDag(blockstore, root)) console.log(cid.toString(), bytes.length)
 */
export async function* walkDag(
  blockstore: BlockstoreLike,
  root: CID,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<Block> {
  const seen = new Set<string>()
  // An explicit stack, not recursion: a 1024-link file tree must not grow the call stack.
  const stack: CID[] = [root]
  for (let cid = stack.pop(); cid; cid = stack.pop()) {
    const key = cid.toString()
    if (seen.has(key)) continue
    seen.add(key)
    options.signal?.throwIfAborted()
    if (cid.code !== dagPb.code && cid.code !== raw.code) throw new UnsupportedCodecError({ cid })
    const bytes = await readBlock(blockstore, cid, options)
    yield { cid, bytes }
    if (cid.code === dagPb.code) {
      const links = dagPb.decode(bytes).Links
      for (let index = links.length - 1; index >= 0; index--) {
        const link = links[index]
        if (link) stack.push(link.Hash)
      }
    }
  }
}
