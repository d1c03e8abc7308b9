import { CarBlockIterator } from '@ipld/car/iterator'
import type { CID } from 'multiformats/cid'
import type { BlockstoreLike } from '../../ipfs/BlockstoreLike.ts'
import { verifyBlock } from '../../retrieve/verifyBlock.ts'

/**
 * What every test service here does with an uploaded CAR, like Kubo's `dag import`: read it block by block,
 * hash each block against its CID (refusing the CAR at the first mismatch), store it.
 *
 * @param blockstore Where the blocks go (a real MemoryBlockstore).
 * @param car The CAR's bytes.
 * @returns The roots named in the CAR header.
 * @throws {BlockMismatchError} when a block does not match its CID.
 * @example
 * const [root] = await importCar(blockstore, bytes)
 */
export async function importCar(blockstore: BlockstoreLike, car: Uint8Array): Promise<CID[]> {
  const blocks = await CarBlockIterator.fromBytes(car)
  for await (const { cid, bytes } of blocks) {
    await verifyBlock(cid, bytes, 'the uploaded CAR')
    await blockstore.put(cid, bytes)
  }
  return blocks.getRoots()
}
