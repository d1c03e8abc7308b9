import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonRpcProvider, keccak256 } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChainIdMismatchError } from '../chain/ChainIdMismatchError.ts'
import type { Logger } from '../chain/Logger.ts'
import { type BlockTag, pinBlock } from '../chain/pinBlock.ts'
import { readChainFacts } from '../chain/readChainFacts.ts'
import { type IndexRegistryOptions, indexRegistry } from '../indexRegistry.ts'
import type { Chain } from '../model/schema.ts'
import { loadRegistry } from '../registry/loadRegistry.ts'
import { createChainReader } from '../rpc/createChainReader.ts'
import { mergeChainSnapshot } from '../snapshot/mergeChainSnapshot.ts'
import { readIndexerVersion } from '../snapshot/readIndexerVersion.ts'
import { registryHash } from '../snapshot/registryHash.ts'
import { type ChainSnapshot, ChainSnapshotSchema } from '../snapshot/snapshotSchema.ts'
import { stableJson } from '../snapshot/stableJson.ts'
import { closedPort } from './closedPort.ts'
import { ANVIL_DEV_ADDRESS, deployTestToken, TEST_TOKEN } from './compile.ts'
import { runIndexCli } from './runIndexCli.ts'
import { type Anvil, startAnvil } from './startAnvil.ts'
import { startRpcProxy } from './startRpcProxy.ts'
import { writeTestRegistry } from './writeTestRegistry.ts'

const EOA = ANVIL_DEV_ADDRESS

let anvil: Anvil
let token: string
let work: string
let registryDir: string
let anvilChain: Chain

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(message),
    warn: (message) => lines.push(`warning: ${message}`),
  }
}

async function run(
  options: Partial<IndexRegistryOptions> & { snapshotDir: string },
  logger = collectingLogger(),
) {
  return indexRegistry({ logger }, { registryDir, env: {}, ...options })
}

async function readJson(file: string): Promise<ChainSnapshot> {
  return ChainSnapshotSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const provider = new JsonRpcProvider(anvil.url, 31337, { staticNetwork: true })
  try {
    return await provider.send(method, params)
  } finally {
    provider.destroy()
  }
}

async function tempDir(name: string): Promise<string> {
  return mkdtemp(join(work, `${name}-`))
}

beforeAll(async () => {
  anvil = await startAnvil()
  token = (await deployTestToken(anvil.url)).address
  work = await mkdtemp(join(tmpdir(), 'atlas-index-'))
  registryDir = join(work, 'registry')
  await writeTestRegistry(registryDir, { token, eoa: EOA })
  const chain = (await loadRegistry(registryDir)).chains[0]
  if (!chain) throw new Error('test registry has no chain')
  anvilChain = chain
})

afterAll(async () => {
  await anvil?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('indexRegistry against anvil', () => {
  it('reads code and ERC-20 metadata at the finalized block and records it', async () => {
    const snapshotDir = await tempDir('snapshot')
    const report = await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })

    const outcome = report.chains[0]
    expect(report.chains).toHaveLength(1)
    expect(outcome).toMatchObject({ chain: 'anvil', status: 'indexed', changed: true, stale: 0, leftOut: 0 })
    const finalized = (await rpc('eth_getBlockByNumber', ['finalized', false])) as {
      number: string
      hash: string
    }
    const code = (await rpc('eth_getCode', [token, 'latest'])) as string

    const snapshot = await readJson(join(snapshotDir, 'anvil.json'))
    expect(snapshot).toEqual({
      version: 2,
      chain: 'anvil',
      chainId: 31337,
      block: { number: Number(finalized.number), hash: finalized.hash, timestamp: expect.any(Number) },
      registryHash: registryHash(await loadRegistry(registryDir)),
      indexerVersion: await readIndexerVersion(),
      contracts: {
        [token]: { hasCode: true, codeHash: keccak256(code), control: { kind: 'none' } },
        [EOA]: { hasCode: false },
      },
      erc721: {},
      ens: {},
      tokens: {
        [token]: {
          name: TEST_TOKEN.name,
          symbol: TEST_TOKEN.symbol,
          decimals: TEST_TOKEN.decimals,
          totalSupply: '1000000000000000000000000',
        },
      },
    })
    expect(outcome?.status === 'indexed' && outcome.block.tag).toBe('finalized')
  })

  it('writes byte-identical files when run twice at the same block', async () => {
    const snapshotDir = await tempDir('snapshot')
    const otherDir = await tempDir('snapshot')
    await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
    const first = await readFile(join(snapshotDir, 'anvil.json'), 'utf8')
    const second = await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
    await run({ snapshotDir: otherDir, env: { RPC_URL_ANVIL: anvil.url } })

    expect(second.chains[0]).toMatchObject({ status: 'indexed', changed: false })
    expect(await readFile(join(snapshotDir, 'anvil.json'), 'utf8')).toBe(first)
    expect(await readFile(join(otherDir, 'anvil.json'), 'utf8')).toBe(first)
    expect(first).toBe(stableJson(JSON.parse(first)))
  })

  it('rejects an RPC URL that serves another chain and writes nothing', async () => {
    const wrongRegistry = await tempDir('registry-1337')
    await writeTestRegistry(wrongRegistry, { token, eoa: EOA, chainId: 1337 })
    const snapshotDir = await tempDir('snapshot')
    const file = join(snapshotDir, 'anvil.json')
    const before = stableJson({
      ...(await indexedSnapshot()),
      chainId: 1337,
    })
    await writeFile(file, before)

    const report = await indexRegistry(
      { logger: collectingLogger() },
      { registryDir: wrongRegistry, snapshotDir, env: { RPC_URL_ANVIL: anvil.url } },
    )

    const outcome = report.chains[0]
    expect(outcome?.status).toBe('rejected')
    const error = outcome?.status === 'rejected' ? outcome.error : undefined
    expect(error).toBeInstanceOf(ChainIdMismatchError)
    expect(error).toMatchObject({ chain: 'anvil', expectedChainId: 1337, actualChainId: 31337 })
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('keeps the previous values with stale marks when the RPC is down, and clears them once it is back', async () => {
    const snapshotDir = await tempDir('snapshot')
    const file = join(snapshotDir, 'anvil.json')
    await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
    const good = await readJson(file)
    const down = `31337=http://127.0.0.1:${await closedPort()}`

    const report = await run({ snapshotDir, rpcArgs: [down] })

    expect(report.chains[0]).toMatchObject({ status: 'unreachable', written: true, changed: true, stale: 3 })
    const stale = { reason: expect.stringMatching(/ECONNREFUSED/), sinceBlock: good.block.number }
    const expected: ChainSnapshot = {
      ...good,
      contracts: Object.fromEntries(
        Object.entries(good.contracts).map(([address, facts]) => [address, { ...facts, stale }]),
      ),
      tokens: Object.fromEntries(
        Object.entries(good.tokens).map(([address, facts]) => [address, { ...facts, stale }]),
      ),
    }
    expect(await readJson(file)).toEqual(expected)

    const staleBytes = await readFile(file, 'utf8')
    await run({ snapshotDir, rpcArgs: [down] })
    expect(await readFile(file, 'utf8')).toBe(staleBytes)

    await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
    expect(await readJson(file)).toEqual(good)
  })

  it('writes nothing when the RPC is down and there is no previous snapshot', async () => {
    const snapshotDir = await tempDir('snapshot')
    const report = await run({ snapshotDir, rpcArgs: [`31337=http://127.0.0.1:${await closedPort()}`] })
    expect(report.chains[0]).toMatchObject({ status: 'unreachable', written: false })
    await expect(stat(join(snapshotDir, 'anvil.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('leaves snapshots byte-identical when a chain has no RPC URL', async () => {
    const snapshotDir = await tempDir('snapshot')
    const file = join(snapshotDir, 'anvil.json')
    const committed = `${JSON.stringify(await indexedSnapshot())}\n` // not even in stableJson layout
    await writeFile(file, committed)
    const { mtimeMs } = await stat(file)
    const logger = collectingLogger()

    const report = await run({ snapshotDir }, logger)

    const message = `no RPC URL for anvil (set RPC_URL_ANVIL or --rpc 31337=<url>): keeping ${file}`
    expect(report.chains).toEqual([{ chain: 'anvil', file, status: 'skipped', message }])
    expect(logger.lines).toEqual([message])
    expect(await readFile(file, 'utf8')).toBe(committed)
    expect((await stat(file)).mtimeMs).toBe(mtimeMs)
  })
})

describe('readChainFacts against anvil', () => {
  it('reports a token that is not an ERC-20 as a failed call, left out when it has no earlier value', async () => {
    const logger = collectingLogger()
    const openReader = (blockTag: BlockTag | number) =>
      createChainReader({ urls: [anvil.url], chainId: 31337, blockTag, logger, chain: 'anvil' })
    const facts = await readChainFacts(
      { openReader, logger },
      { chain: anvilChain, targets: { contracts: [], tokens: [EOA as never, token as never], ens: [] } },
    )
    expect(facts.tokens[0]).toEqual({
      address: EOA,
      reading: { ok: false, failure: { kind: 'call', reason: 'no contract code at the address' } },
    })
    expect(logger.lines).toContain(
      `warning: anvil: could not read token ${EOA}: no contract code at the address`,
    )
    const merged = mergeChainSnapshot({ facts, registryHash: '0'.repeat(64), indexerVersion: '0.0.0' })
    expect(Object.keys(merged.snapshot.tokens)).toEqual([token])
    expect(merged.leftOut).toBe(1)
    expect(merged.warnings[0]).toContain(`token ${EOA} could not be read`)
  })

  it('falls back to the latest block when the node does not support "finalized"', async () => {
    const refusing = await startRpcProxy(anvil.url, (request) =>
      request.method === 'eth_getBlockByNumber' && request.params?.[0] === 'finalized'
        ? { error: { code: -32602, message: 'invalid block tag' } }
        : undefined,
    )
    const empty = await startRpcProxy(anvil.url, (request) =>
      request.method === 'eth_getBlockByNumber' && request.params?.[0] === 'finalized'
        ? { result: null }
        : undefined,
    )
    const latest = (await rpc('eth_getBlockByNumber', ['latest', false])) as { number: string; hash: string }
    try {
      for (const proxy of [refusing, empty]) {
        const provider = new JsonRpcProvider(proxy.url, 31337, { staticNetwork: true })
        try {
          const block = await pinBlock({ provider, logger: collectingLogger() }, { chain: 'anvil' })
          expect(block).toMatchObject({ tag: 'latest', number: Number(latest.number), hash: latest.hash })
        } finally {
          provider.destroy()
        }
      }
    } finally {
      await refusing.close()
      await empty.close()
    }
  })
})

describe('npm run index (indexer/cli.ts)', () => {
  it('indexes the chain and writes the same bytes as indexRegistry; exits 0', async () => {
    const snapshotDir = await tempDir('snapshot')
    const viaFunction = await tempDir('snapshot')
    await run({ snapshotDir: viaFunction, rpcArgs: [`31337=${anvil.url}`] })

    const { code, stdout } = await runIndexCli([
      '--registry',
      registryDir,
      '--snapshot',
      snapshotDir,
      '--rpc',
      `31337=${anvil.url}`,
    ])

    expect(code).toBe(0)
    expect(stdout).toContain(
      '✓ indexed 1 chain(s), unreachable 0, rejected 0, skipped 0 (no RPC URL); 0 stale value(s), 0 left out',
    )
    expect(stdout).not.toContain(anvil.url)
    expect(await readFile(join(snapshotDir, 'anvil.json'), 'utf8')).toBe(
      await readFile(join(viaFunction, 'anvil.json'), 'utf8'),
    )
  })

  it('exits 2 and writes stale marks when the RPC is down', async () => {
    const snapshotDir = await tempDir('snapshot')
    await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
    const url = `http://127.0.0.1:${await closedPort()}`

    const { code, stdout, stderr } = await runIndexCli([
      '--registry',
      registryDir,
      '--snapshot',
      snapshotDir,
      '--rpc',
      `31337=${url}`,
    ])

    expect(code).toBe(2)
    expect(stderr).toMatch(/Could not read anvil over JSON-RPC \(eth_chainId\): .*ECONNREFUSED/)
    expect(stdout).toContain('✗ indexed 0 chain(s), unreachable 1')
    expect(`${stdout}${stderr}`).not.toContain(url)
    expect((await readJson(join(snapshotDir, 'anvil.json'))).tokens[token]?.stale).toBeDefined()
  })

  it('exits 1 on invalid input: a bad --rpc argument, an unknown option, a chain id mismatch', async () => {
    const snapshotDir = await tempDir('snapshot')
    const badArg = await runIndexCli([
      '--registry',
      registryDir,
      '--snapshot',
      snapshotDir,
      '--rpc',
      '99=http://127.0.0.1:1',
    ])
    expect(badArg.code).toBe(1)
    expect(badArg.stderr).toContain('--rpc 99: no chain in the registry has chain id 99.')

    const unknown = await runIndexCli(['--registry', registryDir, '--frobnicate'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('usage: npm run index')

    const wrongRegistry = await tempDir('registry-1337')
    await writeTestRegistry(wrongRegistry, { token, eoa: EOA, chainId: 1337 })
    const mismatch = await runIndexCli([
      '--registry',
      wrongRegistry,
      '--snapshot',
      snapshotDir,
      '--rpc',
      `1337=${anvil.url}`,
    ])
    expect(mismatch.code).toBe(1)
    expect(mismatch.stderr).toContain(
      'The RPC URL for anvil serves chain id 31337, but the registry says 1337.',
    )
  })
})

/** A fresh snapshot of the test chain, read from anvil. */
async function indexedSnapshot(): Promise<ChainSnapshot> {
  const snapshotDir = await tempDir('snapshot')
  await run({ snapshotDir, rpcArgs: [`31337=${anvil.url}`] })
  return readJson(join(snapshotDir, 'anvil.json'))
}
