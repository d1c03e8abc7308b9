// Tests for the thin CLI scripts/pin.ts, run as a real process against local stand-in services.
import { writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './test/runCli.ts'
import { type SampleRelease, sampleRelease } from './test/sampleRelease.ts'
import { startKuboRpc } from './test/startKuboRpc.ts'
import { startPinningService } from './test/startPinningService.ts'

let release: SampleRelease
let carPath: string
beforeAll(async () => {
  release = await sampleRelease()
  carPath = `${release.dist}.car`
  await writeFile(carPath, release.car)
})
afterAll(() => release.remove())

const secrets = ['fake-kubo-password', 'fake-psa-token-42', 'fake-cluster-token']

describe('scripts/pin.ts', () => {
  it('exits 1 and names the variables to set when no provider is configured', async () => {
    const run = await runCli('pin.ts', ['--car', carPath])
    expect(run).toMatchObject({ code: 1, stdout: '' })
    expect(run.stderr).toContain('No pinning provider is configured')
    expect(run.stderr).toContain('KUBO_RPC_URL (+ KUBO_RPC_AUTH)')
  })

  it('exits 1 listing malformed variables, without their values', async () => {
    const run = await runCli('pin.ts', ['--car', carPath], {
      KUBO_RPC_URL: 'kubo.example.org',
      IPFS_CLUSTER_AUTH: 'fake-cluster-token',
      PINNING_SERVICE_TOKEN: 'fake-psa-token-42',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('KUBO_RPC_URL  is not a URL')
    expect(run.stderr).toContain('IPFS_CLUSTER_URL  is missing')
    expect(run.stderr).toContain('PINNING_SERVICE_URL  is missing')
    for (const secret of secrets) expect(run.stderr).not.toContain(secret)
  })

  it('pins a CAR file, or the CAR it builds from dist, printing the root and each provider', async () => {
    const kubo = await startKuboRpc()
    try {
      const fromCar = await runCli('pin.ts', ['--car', carPath, '--root', release.root.toString()], {
        KUBO_RPC_URL: kubo.url,
      })
      expect(fromCar.code).toBe(0)
      expect(fromCar.stdout).toBe(
        `${release.root}\npinned\tkubo\timported ${release.car.byteLength} bytes, pinned recursively\n`,
      )
      expect(fromCar.stderr).toContain('kubo: uploaded 2.5 MiB of 2.5 MiB (100 %)')
      const fromDist = await runCli('pin.ts', [release.dist], { KUBO_RPC_URL: kubo.url })
      expect(fromDist.code).toBe(0)
      expect(fromDist.stdout.split('\n')[0]).toBe(release.root.toString())
    } finally {
      await kubo.close()
    }
  })

  it('succeeds when one provider fails, reporting the failure without secrets', async () => {
    const kubo = await startKuboRpc({
      authorization: `Basic ${Buffer.from('atlas:fake-kubo-password').toString('base64')}`,
    })
    const service = await startPinningService({ token: 'the-real-token' })
    try {
      const kuboUrl = new URL(kubo.url)
      kuboUrl.username = 'atlas'
      kuboUrl.password = 'fake-kubo-password'
      const run = await runCli('pin.ts', ['--car', carPath], {
        KUBO_RPC_URL: kuboUrl.href,
        PINNING_SERVICE_URL: service.url,
        PINNING_SERVICE_TOKEN: 'fake-psa-token-42',
      })
      expect(run.code).toBe(0)
      const lines = run.stdout.trim().split('\n')
      expect(lines[1]).toMatch(/^pinned\tkubo\t/)
      expect(lines[2]).toMatch(/^failed\tpinning-service\tHTTP 401 from POST http:\/\/127\.0\.0\.1:\d+\/pins/)
      for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret)
    } finally {
      await Promise.all([service.close(), kubo.close()])
    }
  })

  it('exits 2 listing every provider’s error when none pins, without secrets', async () => {
    const kubo = await startKuboRpc({ faults: [{ status: 503, body: 'busy, token fake-kubo-password' }] })
    const closed = await startKuboRpc()
    await closed.close()
    try {
      const run = await runCli('pin.ts', ['--car', carPath], {
        KUBO_RPC_URL: kubo.url,
        KUBO_RPC_AUTH: 'atlas:fake-kubo-password',
        IPFS_CLUSTER_URL: closed.url,
        IPFS_CLUSTER_AUTH: 'Bearer fake-cluster-token',
        PIN_RETRIES: '0',
      })
      expect(run).toMatchObject({ code: 2, stdout: '' })
      expect(run.stderr).toContain('No provider pinned the release (2 tried).')
      expect(run.stderr).toMatch(
        /- kubo: HTTP 503 from POST http:\/\/127\.0\.0\.1:\d+\/api\/v0\/dag\/import: busy, token \[redacted\]/,
      )
      expect(run.stderr).toMatch(/- cluster: POST http:\/\/127\.0\.0\.1:\d+\/add failed \(ECONNREFUSED\)/)
      for (const secret of secrets) expect(run.stderr).not.toContain(secret)
    } finally {
      await kubo.close()
    }
  })

  it('exits 1 when the CAR is not the release given with --root, or not a CAR', async () => {
    const env = { KUBO_RPC_URL: 'http://127.0.0.1:9' }
    const wrongRoot = await runCli('pin.ts', ['--car', carPath, '--root', 'bafkqaaa'], env)
    expect(wrongRoot.code).toBe(1)
    expect(wrongRoot.stderr).toContain(
      `${carPath} has root ${release.root}, not the bafkqaaa given with --root.`,
    )
    const notCar = await runCli('pin.ts', ['--car', `${release.dist}/index.html`], env)
    expect(notCar.code).toBe(1)
    expect(notCar.stderr).toContain('it is not a CAR')
  })

  it('checks everything but contacts no provider with --dry-run', async () => {
    const kubo = await startKuboRpc()
    try {
      const run = await runCli('pin.ts', ['--car', carPath, '--dry-run'], { KUBO_RPC_URL: kubo.url })
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`${release.root}\nwould pin\tkubo\n`)
      expect(kubo.requests).toEqual([])
    } finally {
      await kubo.close()
    }
  })
})
