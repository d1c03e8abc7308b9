import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGateway } from '../ipfs/gateway.ts'
import { walkDag } from '../ipfs/walkDag.ts'
import type { RunningServer } from '../serve/startHttpServer.ts'
import { createPinningServiceProvider } from './createPinningServiceProvider.ts'
import type { PinProgress } from './PinProvider.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startPinningService } from './test/startPinningService.ts'

let release: SampleRelease
let origin: RunningServer
let originAddr: string
beforeAll(async () => {
  release = await sampleRelease()
  // The peer that already has the release: a gateway the service can fetch from.
  origin = await startGateway({ blockstore: release.blockstore })
  originAddr = `/ip4/127.0.0.1/tcp/${origin.port}/http`
})
afterAll(async () => {
  await origin.close()
  await release.remove()
})

const token = 'fake-psa-token-0123456789'
const fastPoll = { pollIntervalMs: 20 }

describe(createPinningServiceProvider.name, () => {
  it('asks the service to pin the root from the origins and waits until it is pinned', async () => {
    const service = await startPinningService({ token })
    const progress: PinProgress[] = []
    try {
      const provider = createPinningServiceProvider(
        { url: new URL(service.url), token, origins: [originAddr] },
        fastPoll,
      )
      expect(provider.transfer).toBe('fetch')
      const result = await provider.pin({
        car: release.car,
        root: release.root,
        name: 'web3-atlas',
        onProgress: (event) => progress.push(event),
      })
      expect(result.provider).toBe('pinning-service')
      expect(result.detail).toMatch(/^pinned \(request [0-9a-f-]{36}, 1 delegate\(s\)\)$/)
      for await (const { cid } of walkDag(release.blockstore, release.root))
        expect(await service.blockstore.has(cid)).toBe(true)
      expect(progress.some((event) => event.phase === 'wait')).toBe(true)
      expect(service.requests[0]).toBe('POST /pins')
      expect(service.requests.slice(1).every((line) => line.startsWith('GET /pins/'))).toBe(true)
    } finally {
      await service.settled()
      await service.close()
    }
  })

  it('reports the service’s reason when the pin fails', async () => {
    const service = await startPinningService({ token })
    try {
      const provider = createPinningServiceProvider(
        { url: new URL(service.url), token, origins: ['/ip4/127.0.0.1/tcp/9/p2p/12D3KooWNoSuchPeer'] },
        fastPoll,
      )
      await expect(provider.pin({ car: release.car, root: release.root })).rejects.toThrow(
        `pinning-service: the service failed to pin ${release.root}: /ip4/127.0.0.1/tcp/9/p2p/12D3KooWNoSuchPeer: not an HTTP origin`,
      )
    } finally {
      await service.settled()
      await service.close()
    }
  })

  it('retries 429 with Retry-After, and never shows the token', async () => {
    const service = await startPinningService({
      token,
      faults: [{ status: 429, retryAfter: '1', body: `slow down ${token}` }],
    })
    const waits: number[] = []
    const messages: string[] = []
    try {
      const provider = createPinningServiceProvider(
        { url: new URL(service.url), token, origins: [originAddr] },
        { random: () => 0, sleep: async (ms) => void waits.push(ms), pollIntervalMs: 1 },
      )
      await provider.pin({
        car: release.car,
        root: release.root,
        onProgress: (event) => event.message && messages.push(event.message),
      })
      expect(waits[0]).toBe(1000)
      expect(messages[0]).toMatch(
        /^pinning-service: HTTP 429 from POST http:\/\/127\.0\.0\.1:\d+\/pins: slow down \[redacted\]; retry 1/,
      )
      expect(messages.join('\n')).not.toContain(token)
    } finally {
      await service.settled()
      await service.close()
    }
  })

  it('fails at once, naming the provider, when the token is refused', async () => {
    const service = await startPinningService({ token })
    try {
      const provider = createPinningServiceProvider({ url: new URL(service.url), token: 'fake-wrong-token' })
      const error = await provider.pin({ car: release.car, root: release.root }).catch((caught) => caught)
      expect(error.message).toMatch(
        /^pinning-service: HTTP 401 from POST http:\/\/127\.0\.0\.1:\d+\/pins: \{"error":\{"reason":"UNAUTHORIZED"/,
      )
      expect(error.message).not.toContain('fake-wrong-token')
      expect(service.requests).toEqual(['POST /pins'])
    } finally {
      await service.close()
    }
  })
})
