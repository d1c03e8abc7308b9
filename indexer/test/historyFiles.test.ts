import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IndexArgumentInvalidError } from '../chain/IndexArgumentInvalidError.ts'
import { indexRegistry } from '../indexRegistry.ts'
import { loadRegistry } from '../registry/loadRegistry.ts'
import { checkSnapshots } from '../snapshot/checkSnapshots.ts'
import type { ChainHistory } from '../snapshot/historySchema.ts'
import { historyFile, readHistory } from '../snapshot/readHistory.ts'
import { registryHash } from '../snapshot/registryHash.ts'
import { SnapshotInvalidError } from '../snapshot/SnapshotInvalidError.ts'
import { stableJson } from '../snapshot/stableJson.ts'
import { writeHistoryAtomic } from '../snapshot/writeHistoryAtomic.ts'
import { writeTestRegistry } from './writeTestRegistry.ts'

const TOKEN = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const EOA = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const history: ChainHistory = {
  version: 1,
  chain: 'anvil',
  chainId: 31337,
  runs: [
    {
      fromBlock: 1,
      toBlock: 2,
      changes: [{ tag: 'registry', subject: 'token', key: TOKEN, field: 'removed', message: 'gone' }],
    },
  ],
}

let work: string
let registryDir: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-history-'))
  registryDir = join(work, 'registry')
  await writeTestRegistry(registryDir, { token: TOKEN, eoa: EOA })
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('readHistory and writeHistoryAtomic', () => {
  it('write stable JSON and read it back, checking the chain', async () => {
    const file = historyFile(join(work, 'snapshot'), 'anvil')
    expect(await writeHistoryAtomic(file, history)).toEqual({ changed: true })
    expect(await readFile(file, 'utf8')).toBe(stableJson(history))
    expect(await readHistory(file, { chain: 'anvil', chainId: 31337 })).toEqual(history)
    expect(await readHistory(join(work, 'none.history.json'), { chain: 'anvil', chainId: 1 })).toBeUndefined()
    await expect(readHistory(file, { chain: 'anvil', chainId: 1 })).rejects.toThrow(
      'it holds the history of anvil (chain id 31337), expected anvil (chain id 1)',
    )
  })

  it('refuse a file that is not a history, naming it', async () => {
    const file = join(work, 'bad.history.json')
    await writeFile(file, '{ nope')
    await expect(readHistory(file, { chain: 'anvil', chainId: 31337 })).rejects.toThrow(
      `${file} is not a valid snapshot: not JSON`,
    )
    await writeFile(file, JSON.stringify({ ...history, runs: [{ fromBlock: 1, toBlock: 2, changes: [] }] }))
    await expect(readHistory(file, { chain: 'anvil', chainId: 31337 })).rejects.toThrow(SnapshotInvalidError)
    await expect(writeHistoryAtomic(file, { ...history, version: 2 } as never)).rejects.toThrow(
      SnapshotInvalidError,
    )
  })
})

describe('checkSnapshots', () => {
  const snapshotOf = (hash: string, tokens: Record<string, unknown> = {}) =>
    stableJson({
      version: 2,
      chain: 'anvil',
      chainId: 31337,
      block: { number: 5, hash: `0x${'ab'.repeat(32)}`, timestamp: 1 },
      registryHash: hash,
      contracts: { [TOKEN]: { hasCode: true }, [EOA]: { hasCode: false } },
      tokens,
    })

  it('calls a snapshot made from this registry current, from another outdated, and none missing', async () => {
    const snapshotDir = await mkdtemp(join(work, 'snapshot-'))
    expect((await checkSnapshots({ registryDir, snapshotDir })).chains).toEqual([
      {
        chain: 'anvil',
        file: join(snapshotDir, 'anvil.json'),
        status: 'missing',
        notInSnapshot: 3,
        notInRegistry: 0,
      },
    ])
    const hash = registryHash(await loadRegistry(registryDir))
    const token = { name: 'T', symbol: 'ATT', decimals: 18, totalSupply: '1' }
    await writeFile(join(snapshotDir, 'anvil.json'), snapshotOf(hash, { [TOKEN]: token }))
    expect((await checkSnapshots({ registryDir, snapshotDir })).chains[0]).toMatchObject({
      status: 'current',
      notInSnapshot: 0,
      notInRegistry: 0,
    })
    await writeFile(join(snapshotDir, 'anvil.json'), snapshotOf('0'.repeat(64), { [EOA]: token }))
    expect((await checkSnapshots({ registryDir, snapshotDir })).chains[0]).toMatchObject({
      status: 'outdated',
      notInSnapshot: 1,
      notInRegistry: 1,
    })
  })
})

describe('indexRegistry arguments', () => {
  const run = (options: { chains?: string[]; at?: number }) =>
    indexRegistry(
      { logger: { info() {}, warn() {} } },
      { registryDir, snapshotDir: join(work, 'x'), env: {}, ...options },
    )

  it('refuses an unknown --chain and an --at without exactly one chain, before reading anything', async () => {
    await expect(run({ chains: ['polygon'] })).rejects.toThrow(IndexArgumentInvalidError)
    await expect(run({ chains: ['polygon'] })).rejects.toThrow(
      '--chain polygon: no chain in the registry has this id or chain id.',
    )
    await expect(run({ at: 5 })).rejects.toThrow('--at 5: needs exactly one --chain.')
    await expect(run({ chains: ['anvil'], at: -1 })).rejects.toThrow('--at -1: is not a block number.')
  })

  it('selects a chain by id or chain id', async () => {
    const byId = await run({ chains: ['anvil'] })
    const byChainId = await run({ chains: ['31337'] })
    expect(byId.chains.map((chain) => chain.status)).toEqual(['skipped'])
    expect(byChainId.chains).toEqual(byId.chains)
  })
})
