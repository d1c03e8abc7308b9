import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemoryBlockstore } from 'blockstore-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort } from '../../indexer/test/closedPort.ts'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import { parseEnsName } from '../ens/parseEnsName.ts'
import { readContenthash } from '../ens/planContenthashUpdate.ts'
import { anvilAccount } from '../ens/test/anvilAccounts.ts'
import { deployEns, type EnsFixture } from '../ens/test/deployEns.ts'
import { startGateway } from '../ipfs/gateway.ts'
import { type SampleRelease, sampleRelease } from '../pin/test/sampleRelease.ts'
import { type KuboRpcStandIn, startKuboRpc } from '../pin/test/startKuboRpc.ts'
import type { RunningServer } from '../serve/startHttpServer.ts'

// The whole deploy as CI runs it, on loopback: a Kubo RPC stand-in (no Kubo binary installs here) backed
// by a real blockstore, our gateway serving what that node holds, a real chain with ENS. Secrets are
// canaries, and every line the deploy prints is scanned for them.
const CLI = fileURLToPath(new URL('../release-deploy.ts', import.meta.url))
const owner = anvilAccount(1)
const KUBO_TOKEN = 'canary-kubo-token-5b1d9e'
const PINNING_TOKEN = 'canary-pinning-token-0c7a41'
let anvil: Anvil
let ens: EnsFixture
let kubo: KuboRpcStandIn
let release: SampleRelease
let car: string
let releases: string
const servers: RunningServer[] = []

beforeAll(async () => {
  anvil = await startAnvil()
  ens = await deployEns(anvil.url)
  await ens.registerName('atlas.eth', owner.address)
  await ens.registerName('other.eth', owner.address)
  kubo = await startKuboRpc({ authorization: `Bearer ${KUBO_TOKEN}` })
  servers.push(kubo)
  release = await sampleRelease()
  const dir = await mkdtemp(join(tmpdir(), 'atlas-deploy-'))
  car = join(dir, 'dist.car')
  releases = join(dir, 'releases.json')
  await writeFile(car, release.car)
  await writeFile(releases, '[]\n')
}, 120_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await release?.remove()
  ens?.provider.destroy()
  await anvil?.stop()
})

async function gatewayOver(blockstore: MemoryBlockstore) {
  const gateway = await startGateway({ blockstore })
  servers.push(gateway)
  return gateway.url
}

async function deploy(env: Record<string, string>, args: string[] = []) {
  const base = {
    PATH: process.env.PATH ?? '',
    KUBO_RPC_URL: kubo.url,
    KUBO_RPC_AUTH: `Bearer ${KUBO_TOKEN}`,
    // A second provider that cannot be reached: the deploy goes on with Kubo, and must not print its token.
    PINNING_SERVICE_URL: `http://127.0.0.1:${await closedPort()}`,
    PINNING_SERVICE_TOKEN: PINNING_TOKEN,
    PIN_RETRIES: '0',
    ENS_RPC_URL: anvil.url,
    ENS_REGISTRY: ens.registry,
    ENS_PRIVATE_KEY: owner.privateKey,
  }
  const cliArgs = ['--car', car, '--cid', release.root.toString(), '--releases', releases, ...args]
  return new Promise<{ code: number; output: string; stdout: string }>((resolve) => {
    execFile(process.execPath, [CLI, ...cliArgs], { env: { ...base, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, output: `${stdout}\n${stderr}`, stdout })
    })
  })
}

const contenthashOf = async (name: string) =>
  (await readContenthash(parseEnsName(name), { provider: ens.provider, registry: ens.registry })).current

function expectNoSecrets(output: string) {
  for (const secret of [KUBO_TOKEN, PINNING_TOKEN, owner.privateKey, owner.privateKey.slice(2)]) {
    expect(output).not.toContain(secret)
  }
}

describe('npm run release:deploy', () => {
  it('pins, verifies retrieval, points ENS at the CID and records the release, printing no secret', async () => {
    const gateway = await gatewayOver(kubo.blockstore)
    const run = await deploy({ RELEASE_GATEWAYS: gateway, ENS_NAME: 'atlas.eth' }, [
      '--version',
      '0.2.0',
      '--tag',
      'v0.2.0',
    ])
    expectNoSecrets(run.output)
    expect(run.stdout).toContain(`cid\t${release.root.toV1()}`)
    expect(run.stdout).toContain('pinned\tkubo')
    expect(run.output).toMatch(/pinning-service failed \(others succeeded\): .*127\.0\.0\.1/)
    expect(run.stdout).toContain('ens\tupdated')
    expect(run.stdout).toContain('releases\tadded')
    expect(run.code).toBe(0)
    expect(await contenthashOf('atlas.eth')).toMatchObject({ kind: 'ipfs' })
    expect(JSON.parse(await readFile(releases, 'utf8'))).toEqual([
      { version: '0.2.0', tag: 'v0.2.0', cid: release.root.toV1().toString() },
    ])
  })

  it('does nothing new when run again for the same release', async () => {
    const nonce = await ens.provider.getTransactionCount(owner.address)
    const gateway = await gatewayOver(kubo.blockstore)
    const run = await deploy({ RELEASE_GATEWAYS: gateway, ENS_NAME: 'atlas.eth' }, [
      '--version',
      '0.2.0',
      '--tag',
      'v0.2.0',
    ])
    expect(run.stdout).toContain('ens\tup-to-date')
    expect(run.stdout).toContain('releases\tpresent')
    expect(run.code).toBe(0)
    expect(await ens.provider.getTransactionCount(owner.address)).toBe(nonce)
  })

  it('leaves ENS unchanged when the gateway cannot serve the CID', async () => {
    const empty = await gatewayOver(new MemoryBlockstore())
    const run = await deploy({ RELEASE_GATEWAYS: empty, ENS_NAME: 'other.eth' })
    expectNoSecrets(run.output)
    expect(run.code).toBe(2)
    expect(run.output).toContain('✗ deploy stopped')
    expect(await contenthashOf('other.eth')).toEqual({ kind: 'none' })
  })

  it('refuses to deploy without a gateway to verify retrieval through', async () => {
    const run = await deploy({ ENS_NAME: 'other.eth' })
    expect(run.code).toBe(1)
    expect(run.output).toContain('No gateway to verify retrieval through: set RELEASE_GATEWAYS.')
  })
})
