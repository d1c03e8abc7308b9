import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonRpcProvider, keccak256, toQuantity, ZeroAddress } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MULTICALL3_ADDRESS } from '../../contracts-abi/index.ts'
import type { Logger } from '../chain/Logger.ts'
import type { ChainProgress } from '../chain/readChainFacts.ts'
import { type IndexRegistryDependencies, indexRegistry } from '../indexRegistry.ts'
import { multicall3RuntimeCode } from '../rpc/test/multicall3Fixture.ts'
import { ChainHistorySchema } from '../snapshot/historySchema.ts'
import { readIndexerVersion } from '../snapshot/readIndexerVersion.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from '../snapshot/snapshotSchema.ts'
import { deployProbeFixtures, type ProbeFixtures, TIMELOCK_DELAY } from './deployProbeFixtures.ts'
import { directReaderFactory } from './directChainReader.ts'
import { runIndexCli } from './runIndexCli.ts'
import { type Anvil, startAnvil } from './startAnvil.ts'
import { PROBE_LABELS, writeProbeRegistry } from './writeProbeRegistry.ts'

let anvil: Anvil
let fixtures: ProbeFixtures
let work: string
let registryDir: string
let provider: JsonRpcProvider
const direct = directReaderFactory()

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(message),
    warn: (message) => lines.push(`warning: ${message}`),
  }
}

async function codeHashAt(address: string, block: number): Promise<string> {
  return keccak256((await provider.send('eth_getCode', [address, toQuantity(block)])) as string)
}

beforeAll(async () => {
  anvil = await startAnvil()
  provider = new JsonRpcProvider(anvil.url, 31337, { staticNetwork: true })
  // The canonical Multicall3 address, so the production reader packs calls into aggregate3.
  await provider.send('anvil_setCode', [MULTICALL3_ADDRESS, multicall3RuntimeCode()])
  fixtures = await deployProbeFixtures(anvil.url)
  work = await mkdtemp(join(tmpdir(), 'atlas-probes-'))
  registryDir = join(work, 'registry')
  await writeProbeRegistry(registryDir, fixtures, { multicall3: MULTICALL3_ADDRESS })
})

afterAll(async () => {
  direct.close()
  fixtures?.close()
  provider?.destroy()
  await anvil?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** What the indexer must find on the fixtures at `block`, before any change. */
async function expectedSnapshot(block: number): Promise<Omit<ChainSnapshot, 'block' | 'registryHash'>> {
  const f = fixtures
  const hash = (address: string) => codeHashAt(address, block)
  const safe = { address: f.safe, kind: 'safe', threshold: 2, owners: 3 } as const
  const deployer = { address: f.accounts.deployer, kind: 'eoa' } as const
  const eoaOwner = { address: f.accounts.eoaOwner, kind: 'eoa' } as const
  const logic = { implementation: f.logicV1, implementationCodeHash: await hash(f.logicV1) }
  return {
    version: 2,
    chain: 'anvil',
    chainId: 31337,
    indexerVersion: await readIndexerVersion(),
    contracts: {
      [f.transparentProxy]: {
        hasCode: true,
        codeHash: await hash(f.transparentProxy),
        proxy: { kind: 'eip1967', ...logic },
        control: {
          kind: 'timelock',
          owner: deployer,
          admin: { address: f.timelock, kind: 'timelock', minDelay: TIMELOCK_DELAY, via: f.proxyAdmin },
        },
      },
      [f.beaconProxy]: {
        hasCode: true,
        codeHash: await hash(f.beaconProxy),
        proxy: { kind: 'eip1967-beacon', ...logic, beacon: f.beacon },
        control: { kind: 'safe', owner: deployer, admin: { ...safe, via: f.beacon } },
      },
      [f.clone]: {
        hasCode: true,
        codeHash: await hash(f.clone),
        proxy: { kind: 'eip1167', ...logic },
        control: { kind: 'eoa', owner: eoaOwner },
      },
      [f.safe]: {
        hasCode: true,
        codeHash: await hash(f.safe),
        proxy: {
          kind: 'safe',
          implementation: f.safeSingleton,
          implementationCodeHash: await hash(f.safeSingleton),
        },
        control: { kind: 'safe', admin: safe },
      },
      [f.timelock]: {
        hasCode: true,
        codeHash: await hash(f.timelock),
        control: {
          kind: 'timelock',
          admin: { address: f.timelock, kind: 'timelock', minDelay: TIMELOCK_DELAY },
        },
      },
      [f.ownedBySafe]: {
        hasCode: true,
        codeHash: await hash(f.ownedBySafe),
        control: { kind: 'safe', owner: safe },
      },
      [f.ownedByEoa]: {
        hasCode: true,
        codeHash: await hash(f.ownedByEoa),
        control: { kind: 'eoa', owner: eoaOwner },
      },
      [f.renounced]: {
        hasCode: true,
        codeHash: await hash(f.renounced),
        control: { kind: 'renounced', owner: { address: ZeroAddress, kind: 'renounced' } },
      },
      [f.accounts.delegated]: {
        hasCode: true,
        codeHash: await hash(f.accounts.delegated),
        proxy: { kind: 'eip7702', ...logic },
        control: { kind: 'eoa', admin: { address: f.accounts.delegated, kind: 'eoa' } },
      },
      [f.token]: { hasCode: true, codeHash: await hash(f.token), control: { kind: 'none' } },
      [f.accounts.deployer]: { hasCode: false },
    },
    tokens: {
      [f.token]: {
        name: 'Atlas Test Token',
        symbol: 'ATT',
        decimals: 18,
        totalSupply: '1000000000000000000000000',
      },
      [f.bytes32Token]: {
        name: 'Atlas Maker',
        symbol: 'AMKR',
        decimals: 18,
        totalSupply: '1000000000000000000000',
      },
    },
    erc721: { [f.collection]: { name: 'Atlas Collection', symbol: 'ATLC' } },
    ens: {
      'atlas.eth': {
        owner: safe,
        resolver: f.ens.resolver,
        address: f.accounts.ensTarget,
        reverseName: 'atlas.eth',
        primary: true,
        contenthash: f.ens.contenthash,
      },
    },
  }
}

const readers: Array<[string, IndexRegistryDependencies['openReader']]> = [
  ['a direct one-call-per-read reader', direct.openReader],
  ['createChainReader (batches, Multicall3)', undefined],
]

describe.each(readers)('indexing the fixtures through %s', (_name, openReader) => {
  it('records code, proxies, who controls each contract, tokens and ENS at the finalized block', async () => {
    const snapshotDir = await mkdtemp(join(work, 'snapshot-'))
    const logger = collectingLogger()
    const progress: ChainProgress[] = []
    const report = await indexRegistry(
      { logger, ...(openReader ? { openReader } : {}), progress: (update) => progress.push(update) },
      { registryDir, snapshotDir, rpcArgs: [`31337=${anvil.url}`], env: {} },
    )

    const block = await fixtures.finalizedBlock()
    const snapshot = ChainSnapshotSchema.parse(
      JSON.parse(await readFile(join(snapshotDir, 'anvil.json'), 'utf8')),
    )
    expect(snapshot).toEqual({
      ...(await expectedSnapshot(block)),
      block: {
        number: block,
        hash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
        timestamp: expect.any(Number),
      },
      registryHash: report.registryHash,
    })
    expect(report.chains[0]).toMatchObject({ status: 'indexed', stale: 0, leftOut: 0, rpcFailures: 0 })
    expect(progress.at(-1)).toMatchObject({ chain: 'anvil', done: 15, total: 15 })
  })

  it('warns when a token differs from the registry, with both values', async () => {
    const logger = collectingLogger()
    const report = await indexRegistry(
      { logger, ...(openReader ? { openReader } : {}) },
      {
        registryDir,
        snapshotDir: await mkdtemp(join(work, 'snapshot-')),
        rpcArgs: [`31337=${anvil.url}`],
        env: {},
      },
    )
    const expected = [
      `anvil: token ${fixtures.bytes32Token} (atlas): the registry says 8 decimals, the contract says 18`,
      `anvil: token ${fixtures.collection} (atlas): the registry says symbol ATLX, the contract says ATLC`,
    ]
    expect(report.chains[0]?.status === 'indexed' && report.chains[0].warnings).toEqual(expected)
    expect(logger.lines).toEqual(expect.arrayContaining(expected.map((line) => `warning: ${line}`)))
  })
})

describe('npm run index across changes on chain', () => {
  it('summarises an upgrade and an owner change, records them in the history, and --at reproduces the first file', async () => {
    const snapshotDir = await mkdtemp(join(work, 'snapshot-'))
    const file = join(snapshotDir, 'anvil.json')
    const historyFile = join(snapshotDir, 'anvil.history.json')
    const args = ['--registry', registryDir, '--snapshot', snapshotDir, '--rpc', `31337=${anvil.url}`]

    const first = await runIndexCli([...args, '--summary'])
    expect(first.code).toBe(0)
    const firstBlock = await fixtures.finalizedBlock()
    expect(first.stdout).toContain(
      `anvil: first snapshot, at block ${firstBlock}: 11 contract(s), 2 token(s), 1 ERC-721 collection(s), 1 ENS name(s)`,
    )
    const firstBytes = await readFile(file, 'utf8')
    await expect(stat(historyFile)).rejects.toMatchObject({ code: 'ENOENT' })

    await fixtures.upgradeTransparentProxy()
    await fixtures.transferOwnedByEoaToSafe()
    const second = await runIndexCli([...args, '--summary'])
    const secondBlock = await fixtures.finalizedBlock()
    expect(second.code).toBe(0)
    const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`
    expect(second.stdout).toContain(
      [
        `anvil (block ${firstBlock} → ${secondBlock}): 2 changes`,
        `- ${PROBE_LABELS.transparentProxy} (${short(fixtures.transparentProxy)}): implementation changed at block ${secondBlock} (${short(fixtures.logicV1)} → ${short(fixtures.logicV2)})`,
        `- ${PROBE_LABELS.ownedByEoa} (${short(fixtures.ownedByEoa)}): owner is now a 2/3 Safe (${short(fixtures.safe)}) (was an EOA (${short(fixtures.accounts.eoaOwner)}))`,
      ].join('\n'),
    )
    const history = ChainHistorySchema.parse(JSON.parse(await readFile(historyFile, 'utf8')))
    expect(history.runs).toEqual([
      {
        fromBlock: firstBlock,
        toBlock: secondBlock,
        changes: [
          expect.objectContaining({
            tag: 'onchain',
            subject: 'contract',
            key: fixtures.transparentProxy,
            field: 'implementation',
            before: fixtures.logicV1,
            after: fixtures.logicV2,
          }),
          expect.objectContaining({
            tag: 'onchain',
            key: fixtures.ownedByEoa,
            field: 'owner',
            before: `eoa ${fixtures.accounts.eoaOwner}`,
            after: `safe 2/3 ${fixtures.safe}`,
          }),
        ],
      },
    ])
    const historyBytes = await readFile(historyFile, 'utf8')

    const again = await runIndexCli([...args, '--chain', 'anvil', '--at', String(firstBlock), '--summary'])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`anvil: read again at block ${firstBlock} (--at)`)
    expect(await readFile(file, 'utf8')).toBe(firstBytes)
    expect(await readFile(historyFile, 'utf8')).toBe(historyBytes)
  })

  it('--at needs one --chain, and writes nothing for a block the chain has not reached', async () => {
    const snapshotDir = await mkdtemp(join(work, 'snapshot-'))
    const args = ['--registry', registryDir, '--snapshot', snapshotDir, '--rpc', `31337=${anvil.url}`]
    const noChain = await runIndexCli([...args, '--at', '1'])
    expect(noChain.code).toBe(1)
    expect(noChain.stderr).toContain('--at 1: needs exactly one --chain.')
    const future = await runIndexCli([...args, '--chain', '31337', '--at', '99999999'])
    expect(future.code).toBe(2)
    expect(future.stderr).toContain('anvil: could not read block 99999999; nothing written')
    await expect(stat(join(snapshotDir, 'anvil.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('--check passes while the snapshot matches the registry and fails once the registry changed', async () => {
    const snapshotDir = await mkdtemp(join(work, 'snapshot-'))
    const changedRegistry = join(work, 'registry-changed')
    await writeProbeRegistry(changedRegistry, fixtures, {
      multicall3: MULTICALL3_ADDRESS,
      description: 'The same contracts, described in other words.',
    })
    await runIndexCli(['--registry', registryDir, '--snapshot', snapshotDir, '--rpc', `31337=${anvil.url}`])

    const current = await runIndexCli(['--check', '--registry', registryDir, '--snapshot', snapshotDir])
    expect(current.code).toBe(0)
    expect(current.stdout).toContain(`✓ ${join(snapshotDir, 'anvil.json')} matches the registry`)
    const outdated = await runIndexCli(['--check', '--registry', changedRegistry, '--snapshot', snapshotDir])
    expect(outdated.code).toBe(1)
    expect(outdated.stderr).toContain(`✗ ${join(snapshotDir, 'anvil.json')} was made from another registry`)
    expect(outdated.stderr).toContain('the data PR is due: run `npm run index`')
  })
})
