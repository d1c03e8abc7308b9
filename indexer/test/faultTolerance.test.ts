import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { JsonRpcProvider } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../chain/Logger.ts'
import { indexRegistry } from '../indexRegistry.ts'
import { ChainSnapshotSchema } from '../snapshot/snapshotSchema.ts'
import { ANVIL_DEV_ADDRESS, deployTestToken } from './compile.ts'
import { startFaultProxy } from './faultProxy.ts'
import { type Anvil, startAnvil } from './startAnvil.ts'
import { writeTestRegistry } from './writeTestRegistry.ts'

// The indexer's promise (DESIGN.md invariant 5) at the level people see: the snapshot file.
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const quiet: Logger = { info: () => {}, warn: () => {} }
let anvil: Anvil
let work: string
let registryDir: string

beforeAll(async () => {
  anvil = await startAnvil()
  const { address } = await deployTestToken(anvil.url)
  work = await mkdtemp(join(tmpdir(), 'atlas-faults-'))
  registryDir = join(work, 'registry')
  await writeTestRegistry(registryDir, { token: address, eoa: ANVIL_DEV_ADDRESS })
})

afterAll(async () => {
  await anvil?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

const index = (snapshotDir: string, url: string) =>
  indexRegistry({ logger: quiet }, { registryDir, snapshotDir, env: {}, rpcArgs: [`31337=${url}`] })

describe('the indexer on a flaky or killed run', () => {
  it('writes the same snapshot through 30% injected faults as without them', async () => {
    const clean = await index(join(work, 'clean'), anvil.url)
    expect(clean.chains[0]?.status).toBe('indexed')
    const reference = await readFile(join(work, 'clean', 'anvil.json'), 'utf8')
    const pinned = ChainSnapshotSchema.parse(JSON.parse(reference)).block.number

    const proxy = await startFaultProxy({ target: anvil.url, rate: 0.3, seed: 7, holdMs: 300 })
    try {
      const faulty = await indexRegistry(
        { logger: quiet },
        {
          registryDir,
          snapshotDir: join(work, 'faulty'),
          env: {},
          rpcArgs: [`31337=${proxy.url}`],
          chains: ['anvil'],
          at: pinned,
        },
      )
      expect(faulty.chains[0]?.status).toBe('indexed')
      expect(Object.values(proxy.stats().faults).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(0)
    } finally {
      await proxy.close()
    }
    expect(await readFile(join(work, 'faulty', 'anvil.json'), 'utf8')).toBe(reference)
  })

  it('re-runs at the same block from the RPC cache, sending only what the cache may not hold', async () => {
    const cacheDir = join(work, 'cache')
    const countedRun = async (snapshotDir: string, at: number | undefined, withCache: boolean) => {
      const proxy = await startFaultProxy({ target: anvil.url })
      try {
        await indexRegistry(
          { logger: quiet },
          {
            registryDir,
            snapshotDir,
            env: {},
            rpcArgs: [`31337=${proxy.url}`],
            chains: ['anvil'],
            ...(at === undefined ? {} : { at }),
            ...(withCache ? { cacheDir } : {}),
          },
        )
        return proxy.stats().methods
      } finally {
        await proxy.close()
      }
    }
    const first = await countedRun(join(work, 'cached'), undefined, true)
    const snapshot = await readFile(join(work, 'cached', 'anvil.json'), 'utf8')
    const { block } = ChainSnapshotSchema.parse(JSON.parse(snapshot))
    const uncached = await countedRun(join(work, 'uncached'), block.number, false)
    const cached = await countedRun(join(work, 'cached'), block.number, true)

    expect(uncached.eth_call).toBe(first.eth_call)
    // Left to send: the listed EOA's empty code and its failed calls, which the cache never holds.
    expect(cached.eth_call ?? 0).toBeLessThan(uncached.eth_call ?? 0)
    expect(cached.eth_getCode ?? 0).toBeLessThan(uncached.eth_getCode ?? 0)
    expect(await readFile(join(work, 'cached', 'anvil.json'), 'utf8')).toBe(snapshot)
  })

  it('leaves a complete snapshot, old or new, wherever the indexer is killed', async () => {
    const snapshotDir = join(work, 'killed')
    await index(snapshotDir, anvil.url)
    const file = join(snapshotDir, 'anvil.json')
    const old = await readFile(file, 'utf8')
    const provider = new JsonRpcProvider(anvil.url, 31337, { staticNetwork: true })
    for (let i = 0; i < 4; i++) await provider.send('evm_mine', [])
    provider.destroy()

    const seen = new Set<string>()
    for (const delayMs of [50, 150, 300, 500, 800, 1200, 2000]) {
      const child = spawn(
        process.execPath,
        [
          'indexer/cli.ts',
          '--registry',
          registryDir,
          '--snapshot',
          snapshotDir,
          '--no-cache',
          '--rpc',
          `31337=${anvil.url}`,
        ],
        { cwd: REPO, stdio: 'ignore' },
      )
      const exited = new Promise((resolve) => child.once('exit', resolve))
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      child.kill('SIGKILL')
      await exited
      const text = await readFile(file, 'utf8')
      expect(() => ChainSnapshotSchema.parse(JSON.parse(text))).not.toThrow()
      seen.add(text === old ? 'old' : 'new')
    }
    expect(seen.has('old') || seen.has('new')).toBe(true)
  })
})
