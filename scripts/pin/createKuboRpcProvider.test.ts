import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { walkDag } from '../ipfs/walkDag.ts'
import { createKuboRpcProvider } from './createKuboRpcProvider.ts'
import type { PinProgress } from './PinProvider.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startKuboRpc } from './test/startKuboRpc.ts'

let release: SampleRelease
beforeAll(async () => {
  release = await sampleRelease()
})
afterAll(() => release.remove())

const noWait = { random: () => 0, sleep: async () => {} }

describe(createKuboRpcProvider.name, () => {
  it('imports the CAR into the node, which then holds every block and pins the root', async () => {
    const kubo = await startKuboRpc({ authorization: 'Bearer fake-kubo-token' })
    try {
      const provider = createKuboRpcProvider({
        url: new URL(kubo.url),
        authorization: 'Bearer fake-kubo-token',
      })
      const progress: PinProgress[] = []
      const result = await provider.pin({
        car: release.car,
        root: release.root,
        onProgress: (event) => progress.push(event),
      })
      expect(result).toEqual({
        provider: 'kubo',
        root: release.root,
        detail: `imported ${release.car.byteLength} bytes, pinned recursively`,
      })
      expect(kubo.pins.has(release.root.toV1().toString())).toBe(true)
      for await (const { cid } of walkDag(release.blockstore, release.root))
        expect(await kubo.blockstore.has(cid)).toBe(true)
      expect(kubo.requests).toEqual(['POST /api/v0/dag/import', 'POST /api/v0/pin/ls'])
      expect(progress.at(-1)).toEqual({
        provider: 'kubo',
        phase: 'upload',
        loaded: release.car.byteLength,
        total: release.car.byteLength,
      })
    } finally {
      await kubo.close()
    }
  })

  it('reads the CAR from a file path too', async () => {
    const { writeFile } = await import('node:fs/promises')
    const path = `${release.dist}.car`
    await writeFile(path, release.car)
    const kubo = await startKuboRpc()
    try {
      const result = await createKuboRpcProvider({ url: new URL(kubo.url) }).pin({
        car: path,
        root: release.root,
      })
      expect(result.root).toEqual(release.root)
    } finally {
      await kubo.close()
    }
  })

  it('retries after 429 and 503, waiting at least what Retry-After asks', async () => {
    const kubo = await startKuboRpc({
      faults: [
        { status: 429, retryAfter: '2' },
        { status: 503, retryAfter: '1' },
      ],
    })
    const waits: number[] = []
    const progress: string[] = []
    try {
      const provider = createKuboRpcProvider(
        { url: new URL(kubo.url) },
        { random: () => 0, sleep: async (ms) => void waits.push(ms) },
      )
      const result = await provider.pin({
        car: release.car,
        root: release.root,
        onProgress: (event) => event.phase === 'retry' && progress.push(event.message ?? ''),
      })
      expect(result.root).toEqual(release.root)
      expect(waits).toEqual([2000, 1000])
      expect(progress[0]).toMatch(
        /^kubo: HTTP 429 from POST http:\/\/127\.0\.0\.1:\d+\/api\/v0\/dag\/import.*retry 1 in 2\.0 s$/,
      )
      expect(kubo.requests).toHaveLength(4)
    } finally {
      await kubo.close()
    }
  })

  it('gives up after the retry budget, naming the provider and the last status', async () => {
    const kubo = await startKuboRpc({ faults: Array.from({ length: 5 }, () => ({ status: 502 })) })
    try {
      const provider = createKuboRpcProvider(
        { url: new URL(kubo.url) },
        { ...noWait, policy: { retries: 2 } },
      )
      await expect(provider.pin({ car: release.car, root: release.root })).rejects.toThrow(
        /^kubo: HTTP 502 from POST http:\/\/127\.0\.0\.1:\d+\/api\/v0\/dag\/import: planned failure 502 \(gave up after 3 attempts\)/,
      )
      expect(kubo.requests).toHaveLength(3)
    } finally {
      await kubo.close()
    }
  })

  it('fails at once on a wrong token, without retrying or echoing it', async () => {
    const kubo = await startKuboRpc({ authorization: 'Bearer right-token' })
    try {
      const provider = createKuboRpcProvider(
        { url: new URL(kubo.url), authorization: 'Bearer wrong-token' },
        noWait,
      )
      const error = await provider.pin({ car: release.car, root: release.root }).catch((caught) => caught)
      expect(error.message).toMatch(/^kubo: HTTP 401 from POST/)
      expect(error.message).not.toContain('wrong-token')
      expect(kubo.requests).toHaveLength(1)
    } finally {
      await kubo.close()
    }
  })

  it('reports the pin error when the CAR lacks blocks of the DAG', async () => {
    const kubo = await startKuboRpc()
    try {
      const { CarBlockIterator } = await import('@ipld/car/iterator')
      const { CarWriter } = await import('@ipld/car/writer')
      const { collect } = await import('../ipfs/test/collect.ts')
      // Only the root block: the rest of the DAG is missing.
      const blocks = await collect(await CarBlockIterator.fromBytes(release.car))
      const { writer, out } = CarWriter.create([release.root])
      const bytes = collect(out)
      const first = blocks[0]
      if (first) await writer.put(first)
      await writer.close()
      const partial = Buffer.concat(await bytes)
      const provider = createKuboRpcProvider({ url: new URL(kubo.url) }, noWait)
      await expect(provider.pin({ car: partial, root: release.root })).rejects.toThrow(
        `kubo: dag/import could not pin ${release.root}: block was not found locally (offline)`,
      )
    } finally {
      await kubo.close()
    }
  })

  it('refuses a CAR whose root is not the one asked for', async () => {
    const kubo = await startKuboRpc()
    try {
      const other = await sampleReleaseRootOnly()
      const provider = createKuboRpcProvider({ url: new URL(kubo.url) }, noWait)
      await expect(provider.pin({ car: release.car, root: other })).rejects.toThrow(
        `kubo: dag/import did not report the root ${other} (it reported: ${release.root})`,
      )
    } finally {
      await kubo.close()
    }
  })
})

async function sampleReleaseRootOnly() {
  const { CID } = await import('multiformats/cid')
  const raw = await import('multiformats/codecs/raw')
  const { sha256 } = await import('multiformats/hashes/sha2')
  return CID.create(1, raw.code, await sha256.digest(new TextEncoder().encode('another release')))
}
