import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createW3upProvider } from './createW3upProvider.ts'
import type { PinProgress } from './PinProvider.ts'
import { parseW3upCredentials } from './parseW3upCredentials.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startW3upService, type W3upServiceStandIn } from './test/startW3upService.ts'

let release: SampleRelease
let service: W3upServiceStandIn
beforeAll(async () => {
  release = await sampleRelease()
  service = await startW3upService()
})
afterAll(async () => {
  await service?.close()
  await release.remove()
})

async function providerFor(credentials: { principal: string; proof: string }) {
  const parsed = await parseW3upCredentials(credentials.principal, credentials.proof)
  if (!('ok' in parsed)) throw new Error(JSON.stringify(parsed.problems))
  return createW3upProvider(
    {
      credentials: parsed.ok,
      serviceDid: service.did,
      serviceUrl: new URL('http://127.0.0.1:9/unused'),
      receiptsUrl: service.receiptsUrl,
    },
    { connection: service.connection, retries: 0 },
  )
}

describe(createW3upProvider.name, () => {
  it('uploads the CAR to the space, and the service registers the root there', async () => {
    const credentials = await service.issueCredentials()
    const provider = await providerFor(credentials)
    const progress: PinProgress[] = []
    const result = await provider.pin({
      car: release.car,
      root: release.root,
      onProgress: (event) => progress.push(event),
    })
    expect(result).toEqual({
      provider: 'w3up',
      root: release.root,
      detail: `uploaded in 1 shard(s) to space ${credentials.space}`,
    })
    expect(await service.hasUpload(credentials.space, release.root)).toBe(true)
    expect(progress.at(-1)).toMatchObject({
      provider: 'w3up',
      phase: 'upload',
      total: release.car.byteLength,
    })
  })

  it('fails naming the provider and the space when the space is not provisioned', async () => {
    const credentials = await service.issueCredentials({ provision: false })
    const provider = await providerFor(credentials)
    await expect(provider.pin({ car: release.car, root: release.root })).rejects.toThrow(
      `w3up: the upload to ${credentials.space} failed: failed space/blob/add invocation`,
    )
    expect(await service.hasUpload(credentials.space, release.root)).toBe(false)
  })
})

describe(parseW3upCredentials.name, () => {
  it('names each malformed variable without echoing its value', async () => {
    const parsed = await parseW3upCredentials('MgFAKE-not-a-key', 'fake-not-a-proof')
    expect(parsed).toEqual({
      problems: [
        expect.objectContaining({ variable: 'W3UP_PRINCIPAL' }),
        expect.objectContaining({ variable: 'W3UP_PROOF' }),
      ],
    })
    expect(JSON.stringify(parsed)).not.toMatch(/MgFAKE|fake-not-a-proof/)
  })

  it('refuses a delegation made out to another agent', async () => {
    const first = await service.issueCredentials()
    const second = await service.issueCredentials()
    const parsed = await parseW3upCredentials(first.principal, second.proof)
    expect(parsed).toEqual({
      problems: [
        {
          variable: 'W3UP_PROOF',
          problem: expect.stringMatching(/^is delegated to did:key:\w+, not to the agent of W3UP_PRINCIPAL/),
        },
      ],
    })
  })
})
