// Tests for the thin CLI scripts/ens.ts, run as a real process against a real local chain.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Contract, getAddress, Interface } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicResolverAbi } from '../../contracts-abi/index.ts'
import { closedPort } from '../../indexer/test/closedPort.ts'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import { decodeContenthash, encodeContenthash, formatContenthash } from './encodeContenthash.ts'
import { parseCid } from './parseCid.ts'
import { parseEnsName } from './parseEnsName.ts'
import { anvilAccount } from './test/anvilAccounts.ts'
import { deployEns, type EnsFixture } from './test/deployEns.ts'
import { type CliRun, runEnsCli } from './test/runEnsCli.ts'

const CID_A = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
const CID_B = 'bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4'
const CID_C = 'bafkqaaa'
// Stands in for the Safe that owns a name: anvil lets the test send from it (impersonation), which is
// what the Safe does when its owners execute the batch.
const SAFE = getAddress('0x5afe000000000000000000000000000000005afe')

let anvil: Anvil
let ens: EnsFixture
let dir: string
const owner = anvilAccount(1)
const stranger = anvilAccount(3)
const keys = [owner.privateKey, stranger.privateKey]
const runs: CliRun[] = []

beforeAll(async () => {
  anvil = await startAnvil()
  ens = await deployEns(anvil.url)
  await ens.registerName('atlas.eth', owner.address)
  await ens.registerName('dao.eth', SAFE)
  dir = await mkdtemp(join(tmpdir(), 'atlas-ens-cli-'))
})
afterAll(async () => {
  ens?.provider.destroy()
  await anvil?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Runs the CLI against the test chain and keeps its output for the no-key check. */
async function ens_(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await runEnsCli(['--rpc', anvil.url, '--registry', ens.registry, ...args], env)
  runs.push(run)
  return run
}

async function record(name: string): Promise<string> {
  const resolver = new Contract(ens.resolver, publicResolverAbi, ens.provider)
  const bytes = (await resolver.getFunction('contenthash')(parseEnsName(name).node)) as string
  return formatContenthash(decodeContenthash(bytes))
}

describe('scripts/ens.ts', () => {
  it('--dry-run prints the contenthash, resolver and calldata and changes nothing on chain', async () => {
    const block = await ens.provider.getBlockNumber()
    const run = await ens_(['--name', 'atlas.eth', '--cid', CID_B, '--dry-run'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const node = parseEnsName('atlas.eth').node
    const calldata = new Interface(publicResolverAbi).encodeFunctionData('setContenthash', [
      node,
      encodeContenthash(parseCid(CID_B)),
    ])
    expect(run.stdout).toContain(`contenthash  ${encodeContenthash(parseCid(CID_B))}\n`)
    expect(run.stdout).toContain(`resolver     ${ens.resolver}\n`)
    expect(run.stdout).toContain(`calldata     ${calldata}\n`)
    expect(run.stdout).toContain('current      no record\n')
    expect(run.stdout).toContain('Dry run: nothing was sent.')
    expect(await ens.provider.getBlockNumber()).toBe(block)
    expect(await record('atlas.eth')).toBe('no record')
  })

  it('sends from ENS_PRIVATE_KEY, reads back, and a second run sends nothing', async () => {
    const run = await ens_(['--name', 'atlas.eth', '--cid', CID_A], { ENS_PRIVATE_KEY: owner.privateKey })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain(`atlas.eth now points at ${CID_A} (read back at that block).`)
    expect(await record('atlas.eth')).toBe(CID_A)

    const block = await ens.provider.getBlockNumber()
    const again = await ens_(['--name', 'atlas.eth', '--cid', CID_A], { ENS_PRIVATE_KEY: owner.privateKey })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`atlas.eth already points at ${CID_A}, nothing to do.`)
    expect(again.stdout).not.toContain('calldata')
    expect(await ens.provider.getBlockNumber()).toBe(block)
  })

  it('--safe writes a Transaction Builder batch that sets the record when the Safe executes it', async () => {
    const out = join(dir, 'batch.json')
    const run = await ens_(['--name', 'dao.eth', '--cid', CID_B, '--safe', SAFE, '--out', out])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain(`Wrote ${out}`)
    expect(run.stdout).toContain('npm run verify')
    const batch = JSON.parse(await readFile(out, 'utf8'))
    expect(batch).toMatchObject({
      version: '1.0',
      chainId: '31337',
      createdAt: 0,
      meta: { createdFromSafeAddress: SAFE },
    })
    expect(batch.transactions).toHaveLength(1)
    const [transaction] = batch.transactions
    expect(run.stdout).toContain(`calldata     ${transaction.data}\n`)
    expect(await record('dao.eth')).toBe('no record')

    await ens.provider.send('anvil_impersonateAccount', [SAFE])
    await ens.provider.send('anvil_setBalance', [SAFE, '0xde0b6b3a7640000'])
    const safe = await ens.provider.getSigner(SAFE)
    await (
      await safe.sendTransaction({
        to: transaction.to,
        data: transaction.data,
        value: BigInt(transaction.value),
      })
    ).wait()
    await ens.provider.send('anvil_stopImpersonatingAccount', [SAFE])
    expect(await record('dao.eth')).toBe(CID_B)
  })

  it('--rollback points back at the release before the newest in releases.json', async () => {
    const releases = join(dir, 'releases.json')
    await writeFile(
      releases,
      JSON.stringify([
        { version: '0.3.0', tag: 'v0.3.0', cid: CID_C },
        { version: '0.2.0', tag: 'v0.2.0', cid: CID_B, date: '2026-05-02' },
        { version: '0.1.0', tag: 'v0.1.0', cid: CID_A },
      ]),
    )
    const key = { ENS_PRIVATE_KEY: owner.privateKey }
    expect((await ens_(['--name', 'atlas.eth', '--cid', CID_C], key)).code).toBe(0)
    const run = await ens_(['--name', 'atlas.eth', '--rollback', '--releases', releases], key)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain(`current      ${CID_C} (0.3.0, tag v0.3.0)\n`)
    expect(run.stdout).toContain(`target       ${CID_B} (0.2.0, tag v0.2.0)\n`)
    expect(await record('atlas.eth')).toBe(CID_B)
    const again = await ens_(['--name', 'atlas.eth', '--rollback', '--releases', releases], key)
    expect(again.stdout).toContain(`atlas.eth already points at ${CID_B}, nothing to do.`)
  })

  it('explains a wrong combination of options with the usage line', async () => {
    const neither = await ens_(['--name', 'atlas.eth', '--dry-run'])
    expect(neither.code).toBe(1)
    expect(neither.stderr).toMatch(/^Give either --cid <cid> or --rollback\.\nUsage: node scripts\/ens\.ts/)
    const both = await ens_(['--name', 'atlas.eth', '--cid', CID_A, '--dry-run', '--safe', SAFE])
    expect(both.stderr).toContain('Give --dry-run or --safe, not both.')
    expect((await ens_(['--name', 'atlas.eth', '--cid', CID_A, '--nope'])).code).toBe(1)
  })

  it('refuses an invalid CID, an invalid name and a name without a resolver, saying what to do', async () => {
    const badCid = await ens_(['--name', 'atlas.eth', '--cid', 'not-a-cid', '--dry-run'])
    expect(badCid.code).toBe(1)
    expect(badCid.stderr).toContain('"not-a-cid" is not a CID this tool can point an ENS name at')
    expect(badCid.stderr).toContain('Give the root CID of the release, as `npm run cid` prints it')

    const badName = await ens_(['--name', 'my atlas.eth', '--cid', CID_A, '--dry-run'])
    expect(badName.code).toBe(1)
    expect(badName.stderr).toContain('"my atlas.eth" is not a valid ENS name')

    const noResolver = await ens_(['--name', 'nobody.eth', '--cid', CID_A, '--dry-run'])
    expect(noResolver.code).toBe(1)
    expect(noResolver.stderr).toContain(`nobody.eth has no resolver in the ENS registry ${ens.registry}`)
    expect(noResolver.stderr).toContain('set its resolver')
  })

  it('refuses a key that may not change the name, and sends nothing', async () => {
    const before = await ens.provider.getTransactionCount(stranger.address)
    const run = await ens_(['--name', 'atlas.eth', '--cid', CID_A], { ENS_PRIVATE_KEY: stranger.privateKey })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${stranger.address} may not change the records of atlas.eth`)
    expect(run.stderr).toContain(`The name's owner in the ENS registry is ${owner.address}.`)
    expect(await ens.provider.getTransactionCount(stranger.address)).toBe(before)
  })

  it('needs a well-formed key in send mode and never echoes it', async () => {
    const missing = await ens_(['--name', 'atlas.eth', '--cid', CID_A])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('ENS_PRIVATE_KEY is not set')
    const malformed = await ens_(['--name', 'atlas.eth', '--cid', CID_A], {
      ENS_PRIVATE_KEY: 'correct horse battery',
    })
    expect(malformed.code).toBe(1)
    expect(malformed.stderr).toContain('ENS_PRIVATE_KEY is not a private key')
    expect(malformed.stderr + malformed.stdout).not.toContain('horse')
  })

  it('names only the host of an RPC that does not answer (URLs carry API keys)', async () => {
    const rpc = `http://127.0.0.1:${await closedPort()}/v3/fake-api-key-0000`
    const run = await runEnsCli(['--rpc', rpc, '--name', 'atlas.eth', '--cid', CID_A, '--dry-run'])
    runs.push(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/The RPC at 127\.0\.0\.1:\d+ did not answer eth_chainId/)
    expect(run.stderr).not.toContain('fake-api-key')
  })

  it('never prints a private key, in any run above', () => {
    expect(runs.length).toBeGreaterThan(10)
    for (const run of runs) {
      const output = (run.stdout + run.stderr).toLowerCase()
      for (const key of keys) expect(output).not.toContain(key.slice(2).toLowerCase())
    }
  })
})
