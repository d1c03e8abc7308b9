import { writeFile } from 'node:fs/promises'
import { CarWriter } from '@ipld/car/writer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect } from '../ipfs/test/collect.ts'
import { NoPinProviderError } from './pinEverywhere.ts'
import { pinRelease, ReleaseCarError, ReleaseRootMismatchError } from './pinRelease.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startKuboRpc } from './test/startKuboRpc.ts'

let release: SampleRelease
beforeAll(async () => {
  release = await sampleRelease()
})
afterAll(() => release.remove())

describe(pinRelease.name, () => {
  it('builds the CAR from dist when none is given, and pins exactly those bytes', async () => {
    const kubo = await startKuboRpc()
    try {
      const result = await pinRelease({
        dist: release.dist,
        root: release.root.toString(),
        env: { KUBO_RPC_URL: kubo.url },
      })
      expect(result).toMatchObject({
        root: release.root,
        carBytes: release.car.byteLength,
        providers: ['kubo'],
      })
      expect(result.outcomes).toEqual([
        { provider: 'kubo', ok: true, result: expect.objectContaining({ provider: 'kubo' }) },
      ])
      expect(kubo.pins.has(release.root.toV1().toString())).toBe(true)
    } finally {
      await kubo.close()
    }
  })

  it('on a dry run, reads the configuration and CAR but pins nothing', async () => {
    const path = `${release.dist}.car`
    await writeFile(path, release.car)
    const result = await pinRelease({ car: path, dryRun: true, env: { KUBO_RPC_URL: 'http://127.0.0.1:1' } })
    expect(result).toEqual({
      root: release.root,
      carBytes: release.car.byteLength,
      providers: ['kubo'],
      outcomes: [],
    })
  })

  it('refuses a release whose root is not --root, a CAR with two roots, and no provider', async () => {
    const env = { KUBO_RPC_URL: 'http://127.0.0.1:1' }
    await expect(
      pinRelease({ dist: release.dist, root: 'bafkqaaa', env, dryRun: true }),
    ).rejects.toBeInstanceOf(ReleaseRootMismatchError)
    const { writer, out } = CarWriter.create([release.root, release.root])
    const bytes = collect(out)
    await writer.close()
    const twoRoots = `${release.dist}-two-roots.car`
    await writeFile(twoRoots, Buffer.concat(await bytes))
    await expect(pinRelease({ car: twoRoots, env })).rejects.toThrow(
      new ReleaseCarError({ path: twoRoots, problem: 'it has 2 roots; a release CAR has exactly one.' })
        .message,
    )
    await expect(pinRelease({ car: `${release.dist}/missing.car`, env })).rejects.toThrow('no such file.')
    await expect(pinRelease({ dist: release.dist, env: {} })).rejects.toBeInstanceOf(NoPinProviderError)
    await expect(pinRelease({ dist: release.dist, root: 'nope', env })).rejects.toThrow(
      '--root "nope" is not a CID.',
    )
  })
})
