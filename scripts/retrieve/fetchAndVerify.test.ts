import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BlockstoreLike } from '../ipfs/BlockstoreLike.ts'
import { startGateway } from '../ipfs/gateway.ts'
import { walkDag } from '../ipfs/walkDag.ts'
import { type SampleRelease, sampleRelease } from '../pin/test/sampleRelease.ts'
import { fetchAndVerify } from './fetchAndVerify.ts'
import { GatewayMissingBlockError } from './GatewayMissingBlockError.ts'
import { CorruptingBlockstore, copyDag } from './test/copyBlockstore.ts'
import { BlockMismatchError } from './verifyBlock.ts'

let release: SampleRelease
let blockCount: number
let leaf: CID
beforeAll(async () => {
  release = await sampleRelease()
  const blocks: CID[] = []
  for await (const { cid } of walkDag(release.blockstore, release.root)) blocks.push(cid)
  blockCount = blocks.length
  // The middle chunk of the 2.5 MiB file: a raw leaf deep in the DAG.
  const leaves = blocks.filter((cid) => cid.code === raw.code)
  leaf = leaves[Math.floor(leaves.length / 2)] as CID
})
afterAll(() => release.remove())

async function withGateway<T>(blockstore: BlockstoreLike, work: (url: URL) => Promise<T>): Promise<T> {
  const gateway = await startGateway({ blockstore })
  try {
    return await work(new URL(gateway.url))
  } finally {
    await gateway.close()
  }
}

const noWait = { random: () => 0, sleep: async () => {} }

describe(fetchAndVerify.name, () => {
  it('verifies every block of the DAG from an honest gateway, in one CAR', async () => {
    const result = await withGateway(release.blockstore, (gateway) =>
      fetchAndVerify({ gateway, cid: release.root }),
    )
    expect(result).toMatchObject({ root: release.root, blocks: blockCount, rawRequests: 0 })
    expect(result.carProblem).toBeUndefined()
  })

  it('verifies block by block with ?format=raw too, keeping the blocks when asked', async () => {
    const kept = new MemoryBlockstore()
    const seen: number[] = []
    const result = await withGateway(release.blockstore, (gateway) =>
      fetchAndVerify({
        gateway,
        cid: release.root,
        mode: 'raw',
        blockstore: kept,
        onProgress: ({ blocks }) => seen.push(blocks),
      }),
    )
    expect(result).toMatchObject({ blocks: blockCount, rawRequests: blockCount })
    expect(seen.at(-1)).toBe(blockCount)
    for await (const { cid } of walkDag(release.blockstore, release.root))
      expect(await kept.has(cid)).toBe(true)
  })

  it('fails naming the block when the gateway serves wrong bytes for it', async () => {
    const corrupt = await copyDag(
      release.blockstore,
      release.root,
      new CorruptingBlockstore(leaf, new TextEncoder().encode('not the block')),
    )
    for (const mode of ['car', 'raw'] as const) {
      const error = await withGateway(corrupt, (gateway) =>
        fetchAndVerify({ gateway, cid: release.root, mode }, noWait),
      ).catch((caught) => caught)
      expect(error).toBeInstanceOf(BlockMismatchError)
      expect(error.message).toMatch(
        new RegExp(`^Block ${leaf} from gateway http://127\\.0\\.0\\.1:\\d+/ does not match its CID`),
      )
    }
  })

  it('fails naming the block when the gateway does not have it', async () => {
    const partial = await copyDag(release.blockstore, release.root, new MemoryBlockstore(), [leaf])
    const error = await withGateway(partial, (gateway) =>
      fetchAndVerify({ gateway, cid: release.root }, noWait),
    ).catch((caught) => caught)
    expect(error).toBeInstanceOf(GatewayMissingBlockError)
    expect(error.message).toMatch(
      new RegExp(`^Block ${leaf} is missing: gateway http://127\\.0\\.0\\.1:\\d+/ answered HTTP 404`),
    )
  })

  it('fails naming the root when the gateway has nothing', async () => {
    const error = await withGateway(new MemoryBlockstore(), (gateway) =>
      fetchAndVerify({ gateway, cid: release.root }, noWait),
    ).catch((caught) => caught)
    expect(error).toBeInstanceOf(GatewayMissingBlockError)
    expect(error.cid).toEqual(release.root)
  })

  it('gives up on a gateway that cannot be reached, after bounded retries', async () => {
    const gateway = await startGateway({ blockstore: release.blockstore })
    await gateway.close()
    await expect(
      fetchAndVerify(
        { gateway: new URL(gateway.url), cid: release.root },
        { ...noWait, policy: { retries: 1 } },
      ),
    ).rejects.toThrow(/failed \(ECONNREFUSED\) \(gave up after 2 attempts\)/)
  })
})
