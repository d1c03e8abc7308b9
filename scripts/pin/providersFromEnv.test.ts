import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PinConfigError, providersFromEnv } from './providersFromEnv.ts'
import { redact } from './redact.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startKuboRpc } from './test/startKuboRpc.ts'
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

async function configError(env: Record<string, string>): Promise<PinConfigError> {
  const error = await providersFromEnv(env).catch((caught) => caught)
  expect(error).toBeInstanceOf(PinConfigError)
  return error
}

describe(providersFromEnv.name, () => {
  it('enables nothing when no variable is set (empty values count as unset)', async () => {
    expect(await providersFromEnv({ KUBO_RPC_URL: '', PINNING_SERVICE_TOKEN: '  ' })).toEqual({
      providers: [],
      secrets: [],
    })
  })

  it('enables each provider whose variables are set, in a fixed order', async () => {
    const credentials = await w3up.issueCredentials()
    const { providers, secrets } = await providersFromEnv({
      W3UP_SERVICE_URL: 'https://up.example.org',
      W3UP_SERVICE_DID: 'did:web:up.example.org',
      W3UP_PRINCIPAL: credentials.principal,
      W3UP_PROOF: credentials.proof,
      PINNING_SERVICE_URL: 'https://pinning.example.org/psa',
      PINNING_SERVICE_TOKEN: 'fake-psa-token',
      PINNING_SERVICE_ORIGINS:
        '/dns4/kubo.example.org/tcp/4001/p2p/12D3KooWFake, /ip4/192.0.2.1/tcp/8080/http',
      IPFS_CLUSTER_URL: 'https://cluster.example.org:9094',
      IPFS_CLUSTER_AUTH: 'atlas:fake-cluster-password',
      KUBO_RPC_URL: 'http://127.0.0.1:5001',
    })
    expect(providers.map((provider) => [provider.name, provider.transfer])).toEqual([
      ['kubo', 'upload'],
      ['cluster', 'upload'],
      ['pinning-service', 'fetch'],
      ['w3up', 'upload'],
    ])
    for (const secret of [
      'fake-psa-token',
      'fake-cluster-password',
      credentials.principal,
      credentials.proof,
    ])
      expect(secrets).toContain(secret)
  })

  it('sends the user info of KUBO_RPC_URL as Basic auth, and never prints it', async () => {
    const authorization = `Basic ${Buffer.from('atlas:fake-pass-word').toString('base64')}`
    const kubo = await startKuboRpc({ authorization })
    try {
      const url = new URL(kubo.url)
      url.username = 'atlas'
      url.password = 'fake-pass-word'
      const { providers, secrets } = await providersFromEnv({ KUBO_RPC_URL: url.href })
      const [provider] = providers
      const messages: string[] = []
      const result = await provider?.pin({
        car: release.car,
        root: release.root,
        onProgress: (event) => messages.push(JSON.stringify(event)),
      })
      expect(result?.root).toEqual(release.root)
      expect(redact(`GET ${url.href} fake-pass-word`, secrets)).toBe(
        `GET http://[redacted]@127.0.0.1:${kubo.port}/ [redacted]`,
      )
      expect(messages.join('\n')).not.toContain('fake-pass-word')
    } finally {
      await kubo.close()
    }
  })

  it('lists every problem at once, naming each variable and never its value', async () => {
    const error = await configError({
      KUBO_RPC_URL: 'not a url',
      IPFS_CLUSTER_AUTH: 'fake-secret-without-colon',
      PINNING_SERVICE_URL: 'https://user:fake-psa-password@pinning.example.org',
      PINNING_SERVICE_ORIGINS: 'kubo.example.org:4001',
      PIN_RETRIES: 'many',
      W3UP_SERVICE_URL: 'https://up.storacha.network',
      W3UP_PRINCIPAL: 'MgFakeKey',
    })
    expect(error.problems.map((problem) => problem.variable)).toEqual([
      'PIN_RETRIES',
      'KUBO_RPC_URL',
      'IPFS_CLUSTER_URL',
      'PINNING_SERVICE_URL',
      'PINNING_SERVICE_ORIGINS',
      'PINNING_SERVICE_TOKEN',
      'W3UP_SERVICE_DID',
      'W3UP_PROOF',
      'W3UP_SERVICE_URL',
    ])
    expect(error.message).toContain(
      'W3UP_SERVICE_URL  points at Storacha’s hosted service, which stopped accepting uploads on 2026-04-15',
    )
    expect(error.message).toContain('PINNING_SERVICE_URL  must not hold credentials')
    for (const value of ['fake-secret-without-colon', 'fake-psa-password', 'MgFakeKey'])
      expect(error.message).not.toContain(value)
  })

  it('checks the w3up key and proof when the rest is set', async () => {
    const first = await w3up.issueCredentials()
    const second = await w3up.issueCredentials()
    const error = await configError({
      W3UP_SERVICE_URL: 'https://up.example.org',
      W3UP_SERVICE_DID: 'did:web:up.example.org',
      W3UP_PRINCIPAL: first.principal,
      W3UP_PROOF: second.proof,
    })
    expect(error.problems).toEqual([
      { variable: 'W3UP_PROOF', problem: expect.stringContaining('is delegated to did:key:') },
    ])
  })

  it('rejects an unusable auth form and credentials given twice', async () => {
    const error = await configError({
      KUBO_RPC_URL: 'https://u:fake-p@kubo.example.org',
      KUBO_RPC_AUTH: 'Bearer fake-token',
      IPFS_CLUSTER_URL: 'ftp://cluster.example.org',
    })
    expect(error.problems).toEqual([
      { variable: 'KUBO_RPC_URL', problem: 'holds credentials and KUBO_RPC_AUTH is set too; keep one' },
      { variable: 'IPFS_CLUSTER_URL', problem: 'must be an http(s) URL, not ftp:' },
    ])
  })
})
