import { CarWriter } from '@ipld/car/writer'
import type { CID } from 'multiformats/cid'
import type { BlockstoreLike } from './BlockstoreLike.ts'
import { walkDag } from './walkDag.ts'

/** Options for {@link exportCar}. */
export interface ExportCarOptions {
  /** Where the DAG's blocks live. */
  blockstore: BlockstoreLike
  /** The DAG's root; it is also the CAR's only root. */
  root: CID
  /** Stops the export early. */
  signal?: AbortSignal
}

/**
 * Streams a CARv1 holding `root` as its root and every block of the DAG once, depth first
 * (the order of `ipfs dag export`), so the same DAG always gives the same bytes.
 *
 * @param options The blockstore and root to export.
 * @returns The CAR's bytes, in pieces; pipe them to a file or an HTTP response.
 * @throws {MissingBlockError} (while iterating) when a block of the DAG is not in the blockstore.
 * @throws {UnsupportedCodecError} (while iterating) when a block is neither dag-pb nor raw.
 * @example
 * await pipeline(exportCar({ blockstore, root }), createWriteStream('dist.car'))
 */
export async function* exportCar(options: ExportCarOptions): AsyncGenerator<Uint8Array> {
  const { blockstore, root, signal } = options
  const { writer, out } = CarWriter.create([root])
  const produce = (async () => {
    for await (const block of walkDag(blockstore, root, { signal })) await writer.put(block)
    await writer.close()
  })()
  // CarWriter's output never ends if the producer fails, so each read races the producer's failure.
  const failure = produce.then(() => new Promise<never>(() => {}))
  // Keeps a failure after the reader has gone (a closed HTTP response) from crashing the process.
  failure.catch(() => {})
  const chunks = out[Symbol.asyncIterator]()
  while (true) {
    const next = await Promise.race([chunks.next(), failure])
    if (next.done) return
    yield next.value
  }
}
