import { MemoryBlockstore } from 'blockstore-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGateway } from '../ipfs/gateway.ts'
import { createClusterProvider } from './createClusterProvider.ts'
import { createKuboRpcProvider } from './createKuboRpcProvider.ts'
import { createPinningServiceProvider } from './createPinningServiceProvider.ts'
import { createW3upProvider } from './createW3upProvider.ts'
import { parseW3upCredentials } from './parseW3upCredentials.ts'
import { NoPinProviderError, PinFailedEverywhereError, pinEverywhere } from './pinEverywhere.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startCluster } from './test/startCluster.ts'
import { startKuboRpc } from './test/startKuboRpc.ts'
import { startPinningService } from './test/startPinningService.ts'
import { startW3upService, type W3upServiceStandIn } from './test/startW3upService.ts'

let release: SampleRelease
let w3up: W3upServiceStandIn
beforeAll(async () => {
  release = await sampleRelease()
  w3up = await startW3upService()
})
afterAll(async () => {
  await w3up?.close()
  await release.remove()
})

const noWait = { random: () => 0, sleep: async () => {}, policy: { retries: 1 }, pollIntervalMs: 10 }

async function unprovisionedW3up() {
  const credentials = await w3up.issueCredentials({ provision: false })
  const parsed = await parseW3upCredentials(credentials.principal, credentials.proof)
  if (!('ok' in parsed)) throw new Error('credentials did not parse')
  return createW3upProvider(
    {
      credentials: parsed.ok,
      serviceDid: w3up.did,
      serviceUrl: new URL('http://127.0.0.1:9'),
      receiptsUrl: w3up.receiptsUrl,
    },
    { connection: w3up.connection, retries: 0 },
  )
}

describe(pinEverywhere.name, () => {
  it('succeeds when one provider fails and another pins, reporting both', async () => {
    const kubo = await startKuboRpc()
    try {
      const providers = [await unprovisionedW3up(), createKuboRpcProvider({ url: new URL(kubo.url) }, noWait)]
      const { pinned, outcomes } = await pinEverywhere(providers, { car: release.car, root: release.root })
      expect(pinned.map((result) => result.provider)).toEqual(['kubo'])
      expect(outcomes.map((outcome) => [outcome.provider, outcome.ok])).toEqual([
        ['w3up', false],
        ['kubo', true],
      ])
      const failed = outcomes[0]
      expect(failed?.ok === false && failed.error.message).toMatch(/^w3up: the upload to did:key:\w+ failed/)
    } finally {
      await kubo.close()
    }
  })

  it('runs CID-only providers after the uploads, so they can fetch what was just uploaded', async () => {
    const kubo = await startKuboRpc()
    // The Kubo node's blocks, reachable over HTTP: the origin the pinning service fetches from.
    const kuboGateway = await startGateway({ blockstore: kubo.blockstore })
    const service = await startPinningService({ token: 'fake-token-abcdef' })
    try {
      const providers = [
        createPinningServiceProvider(
          {
            url: new URL(service.url),
            token: 'fake-token-abcdef',
            origins: [`/ip4/127.0.0.1/tcp/${kuboGateway.port}/http`],
          },
          noWait,
        ),
        createKuboRpcProvider({ url: new URL(kubo.url) }, noWait),
      ]
      const { pinned } = await pinEverywhere(providers, { car: release.car, root: release.root })
      expect(pinned.map((result) => result.provider)).toEqual(['pinning-service', 'kubo'])
    } finally {
      await service.settled()
      await Promise.all([service.close(), kuboGateway.close(), kubo.close()])
    }
  })

  it('fails when every provider fails, listing each provider’s error', async () => {
    const kubo = await startKuboRpc({ authorization: 'Bearer fake-right' })
    const cluster = await startCluster({ faults: [{ status: 503 }, { status: 503 }] })
    const emptyGateway = await startGateway({ blockstore: new MemoryBlockstore() })
    const service = await startPinningService({ token: 'fake-token-abcdef' })
    try {
      const providers = [
        createKuboRpcProvider({ url: new URL(kubo.url), authorization: 'Bearer fake-wrong' }, noWait),
        createClusterProvider({ url: new URL(cluster.url) }, noWait),
        createPinningServiceProvider(
          {
            url: new URL(service.url),
            token: 'fake-token-abcdef',
            origins: [`/ip4/127.0.0.1/tcp/${emptyGateway.port}/http`],
          },
          noWait,
        ),
      ]
      const error = await pinEverywhere(providers, { car: release.car, root: release.root }).catch(
        (caught) => caught,
      )
      expect(error).toBeInstanceOf(PinFailedEverywhereError)
      const lines = error.message.split('\n')
      expect(lines[0]).toBe('No provider pinned the release (3 tried).')
      expect(lines[2]).toMatch(/^- kubo: HTTP 401 from POST http:\/\/127\.0\.0\.1:\d+\/api\/v0\/dag\/import/)
      expect(lines[3]).toMatch(
        /^- cluster: HTTP 503 from POST .*\/add: planned failure 503 \(gave up after 2 attempts\)$/,
      )
      expect(lines[4]).toMatch(
        new RegExp(
          `^- pinning-service: the service failed to pin ${release.root}: .*Block ${release.root} is missing`,
        ),
      )
      expect(error.message).not.toContain('fake-wrong')
    } finally {
      await service.settled()
      await Promise.all([service.close(), emptyGateway.close(), cluster.close(), kubo.close()])
    }
  })

  it('refuses to run with no provider, saying which variables enable one', async () => {
    const error = await pinEverywhere([], { car: release.car, root: release.root }).catch((caught) => caught)
    expect(error).toBeInstanceOf(NoPinProviderError)
    expect(error.message).toContain('KUBO_RPC_URL')
    expect(error.message).toContain('PINNING_SERVICE_URL + PINNING_SERVICE_TOKEN')
  })
})
