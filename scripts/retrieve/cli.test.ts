// Tests for the thin CLI scripts/fetch-back.ts, run as a real process against the project's own gateway.
import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BlockstoreLike } from '../ipfs/BlockstoreLike.ts'
import { startGateway } from '../ipfs/gateway.ts'
import { walkDag } from '../ipfs/walkDag.ts'
import { runCli } from '../pin/test/runCli.ts'
import { type SampleRelease, sampleRelease } from '../pin/test/sampleRelease.ts'
import { CorruptingBlockstore, copyDag } from './test/copyBlockstore.ts'

let release: SampleRelease
let blocks: CID[]
let dagBytes: number
beforeAll(async () => {
  release = await sampleRelease()
  blocks = []
  dagBytes = 0
  for await (const { cid, bytes } of walkDag(release.blockstore, release.root)) {
    blocks.push(cid)
    dagBytes += bytes.byteLength
  }
})
afterAll(() => release.remove())

async function fetchBack(blockstore: BlockstoreLike, extra: string[] = []) {
  const gateway = await startGateway({ blockstore })
  try {
    return await runCli('fetch-back.ts', [
      '--cid',
      release.root.toString(),
      '--gateway',
      gateway.url,
      ...extra,
    ])
  } finally {
    await gateway.close()
  }
}

describe('scripts/fetch-back.ts', () => {
  it('exits 0 and prints what it verified when the gateway serves the whole release', async () => {
    for (const mode of ['car', 'raw']) {
      const run = await fetchBack(release.blockstore, ['--mode', mode])
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`verified\t${release.root}\t${blocks.length} blocks\t${dagBytes} bytes\n`)
      expect(run.stderr).toContain(`Verified all ${blocks.length} blocks`)
    }
  })

  it('exits 2 naming the block when the gateway serves wrong bytes', async () => {
    const leaf = blocks.find((cid) => cid.code === raw.code) as CID
    const corrupt = await copyDag(
      release.blockstore,
      release.root,
      new CorruptingBlockstore(leaf, new Uint8Array([1, 2, 3])),
    )
    const run = await fetchBack(corrupt)
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toContain(`Block ${leaf} from gateway http://127.0.0.1:`)
    expect(run.stderr).toContain('does not match its CID')
  })

  it('exits 2 naming the block the gateway lacks', async () => {
    const missing = blocks.at(-1) as CID
    const partial = await copyDag(release.blockstore, release.root, new MemoryBlockstore(), [missing])
    const run = await fetchBack(partial)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      new RegExp(`Block ${missing} is missing: gateway http://127\\.0\\.0\\.1:\\d+/ answered HTTP 404`),
    )
  })

  it('exits 1 with the usage line for missing or invalid arguments', async () => {
    for (const args of [
      [],
      ['--cid', 'not-a-cid', '--gateway', 'http://127.0.0.1:1'],
      ['--cid', release.root.toString()],
    ]) {
      const run = await runCli('fetch-back.ts', args)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(
        'Usage: node scripts/fetch-back.ts --cid <cid> --gateway <url> [--mode car|raw]',
      )
    }
  })
})
