import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { walkDag } from '../ipfs/walkDag.ts'
import { createClusterProvider } from './createClusterProvider.ts'
import type { PinProgress } from './PinProvider.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startCluster } from './test/startCluster.ts'

let release: SampleRelease
beforeAll(async () => {
  release = await sampleRelease()
})
afterAll(() => release.remove())

const basic = `Basic ${Buffer.from('atlas:fake-cluster-password').toString('base64')}`

describe(createClusterProvider.name, () => {
  it('adds the CAR, then waits until the cluster reports the root pinned', async () => {
    const cluster = await startCluster({ authorization: basic, pinningChecks: 2 })
    const progress: PinProgress[] = []
    const waits: number[] = []
    try {
      const provider = createClusterProvider(
        { url: new URL(cluster.url), authorization: basic },
        { pollIntervalMs: 500, sleep: async (ms) => void waits.push(ms) },
      )
      const result = await provider.pin({
        car: release.car,
        root: release.root,
        name: 'web3-atlas',
        onProgress: (event) => progress.push(event),
      })
      expect(result).toEqual({
        provider: 'cluster',
        root: release.root,
        detail: 'pinned on 2 of 2 cluster peer(s)',
      })
      for await (const { cid } of walkDag(release.blockstore, release.root))
        expect(await cluster.blockstore.has(cid)).toBe(true)
      expect(waits).toEqual([500, 500])
      expect(progress.filter((event) => event.phase === 'wait').map((event) => event.message)).toEqual([
        'cluster: pin is pinning',
        'cluster: pin is pinning',
      ])
      expect(cluster.requests).toEqual(['POST /add', ...Array(3).fill(`GET /pins/${release.root}`)])
    } finally {
      await cluster.close()
    }
  })

  it('fails with the peers’ error when every peer fails to pin', async () => {
    const cluster = await startCluster({ pinError: 'context deadline exceeded' })
    try {
      const provider = createClusterProvider({ url: new URL(cluster.url) })
      await expect(provider.pin({ car: release.car, root: release.root })).rejects.toThrow(
        `cluster: every cluster peer failed to pin ${release.root}: context deadline exceeded`,
      )
    } finally {
      await cluster.close()
    }
  })

  it('stops waiting after the configured time, saying what state the pin is in', async () => {
    const cluster = await startCluster({ pinningChecks: 100 })
    try {
      const provider = createClusterProvider(
        { url: new URL(cluster.url) },
        { pollIntervalMs: 1000, waitMs: 3000, sleep: async () => {} },
      )
      await expect(provider.pin({ car: release.car, root: release.root })).rejects.toThrow(
        'cluster: the pin is still "pinning" after 3 s of waiting.',
      )
      expect(cluster.requests).toHaveLength(5)
    } finally {
      await cluster.close()
    }
  })

  it('retries a 503 with Retry-After before the upload succeeds', async () => {
    const cluster = await startCluster({ faults: [{ status: 503, retryAfter: '3' }] })
    const waits: number[] = []
    try {
      const provider = createClusterProvider(
        { url: new URL(cluster.url) },
        { random: () => 0, sleep: async (ms) => void waits.push(ms) },
      )
      expect((await provider.pin({ car: release.car, root: release.root })).detail).toBe(
        'pinned on 2 of 2 cluster peer(s)',
      )
      expect(waits).toEqual([3000])
    } finally {
      await cluster.close()
    }
  })
})
