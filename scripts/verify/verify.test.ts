import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import { encodeContenthash } from '../ens/encodeContenthash.ts'
import { parseEnsName } from '../ens/parseEnsName.ts'
import { anvilAccount } from '../ens/test/anvilAccounts.ts'
import { deployEns, type EnsFixture } from '../ens/test/deployEns.ts'
import { startGateway } from '../ipfs/gateway.ts'
import { importDirectory } from '../ipfs/importDirectory.ts'
import { walkDag } from '../ipfs/walkDag.ts'
import { CorruptingBlockstore, copyDag } from '../retrieve/test/copyBlockstore.ts'
import type { RunningServer } from '../serve/startHttpServer.ts'
import { createFixtureRepo } from './test/createFixtureRepo.ts'

// The community's command end to end on loopback: a real chain with ENS, a real git repository with a
// tagged release, a real gateway. Only the site is a two-file stand-in, so each rebuild takes a second.
const CLI = fileURLToPath(new URL('../verify.ts', import.meta.url))
const owner = anvilAccount(1)
let anvil: Anvil
let ens: EnsFixture
let repo: string
let releases: string
let honest: CID
let honestStore: MemoryBlockstore
const gateways: RunningServer[] = []

async function buildSite(page: string, store: MemoryBlockstore): Promise<CID> {
  const dist = join(await mkdtemp(join(tmpdir(), 'atlas-deployed-')), 'dist')
  await mkdir(join(dist, 'about'), { recursive: true })
  await writeFile(join(dist, 'index.html'), page)
  await writeFile(join(dist, 'about', 'index.html'), page)
  return importDirectory(dist, { blockstore: store })
}

async function pointName(label: string, cid: CID) {
  const name = `${label}.eth`
  await ens.registerName(name, owner.address)
  const resolver = ens.resolverContract.connect(owner.connect(ens.provider)) as typeof ens.resolverContract
  await (await resolver.getFunction('setContenthash')(parseEnsName(name).node, encodeContenthash(cid))).wait()
  return name
}

async function serve(store: MemoryBlockstore) {
  const gateway = await startGateway({ blockstore: store })
  gateways.push(gateway)
  return gateway.url
}

function verify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args, '--repo', repo, '--releases', releases],
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      },
    )
  })
}

beforeAll(async () => {
  anvil = await startAnvil()
  ens = await deployEns(anvil.url)
  const fixture = await createFixtureRepo('<h1>Atlas v1</h1>\n')
  await fixture.commit('<h1>Atlas v1.0.1</h1>\n', 'v1.0.1')
  repo = fixture.dir
  honestStore = new MemoryBlockstore()
  honest = await buildSite('<h1>Atlas v1</h1>\n', honestStore)
  const tampered = await buildSite('<h1>Atlas v1.0.1</h1>!\n', new MemoryBlockstore())
  releases = join(await mkdtemp(join(tmpdir(), 'atlas-releases-')), 'releases.json')
  // The tampered build (one byte more than what v1.0.1 builds) is recorded as release 1.0.1.
  await writeFile(
    releases,
    JSON.stringify([
      { version: '1.0.1', tag: 'v1.0.1', cid: tampered.toV1().toString() },
      { version: '1.0.0', tag: 'v1.0.0', cid: honest.toV1().toString() },
    ]),
  )
  await pointName('atlas', honest)
  await pointName('tampered', tampered)
  await pointName('unknown', await buildSite('<h1>never released</h1>\n', new MemoryBlockstore()))
}, 120_000)

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()))
  ens?.provider.destroy()
  await anvil?.stop()
})

const ensArgs = (name: string) => ['--ens', name, '--rpc', anvil.url, '--registry', ens.registry]

describe('npm run verify', () => {
  it('verifies an honest deployment: same CID as the rebuilt tag, every block intact', async () => {
    const result = await verify(...ensArgs('atlas.eth'), '--gateway', await serve(honestStore))
    expect(result.stdout).toContain(
      `✓ VERIFIED: ${honest.toV1()} is exactly what v1.0.0 builds, and the gateway serves it intact.`,
    )
    expect(result.stderr).toContain('that is release 1.0.0 (tag v1.0.0)')
    expect(result.code).toBe(0)
  })

  it('fails a deployment whose build differs by one byte from what the tag builds', async () => {
    const result = await verify(...ensArgs('tampered.eth'))
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('✗ NOT VERIFIED')
    expect(result.stderr).toContain('The deployment is NOT what v1.0.1 builds')
  })

  it('fails when the gateway serves a wrong block, naming it', async () => {
    let leaf: CID | undefined
    for await (const { cid } of walkDag(honestStore, honest)) leaf = cid
    if (!leaf) throw new Error('the fixture has blocks')
    const liar = await copyDag(
      honestStore,
      honest,
      new CorruptingBlockstore(leaf, new TextEncoder().encode('evil')),
    )
    const result = await verify('--cid', honest.toString(), '--gateway', await serve(liar))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(leaf.toString())
  })

  it('fails when the ENS name points at a CID no release has', async () => {
    const result = await verify(...ensArgs('unknown.eth'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/unknown\.eth points at bafy\w+, which is not the CID of any release/)
  })

  it('says what is missing when neither --ens nor --cid is given', async () => {
    const result = await verify()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Give exactly one of --ens <name> or --cid <cid>.')
  })
})
