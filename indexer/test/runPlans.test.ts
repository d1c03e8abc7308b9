import { JsonRpcProvider } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pinBlock } from '../chain/pinBlock.ts'
import { andThen, done, type Plan, readCode } from '../probes/Plan.ts'
import { ProbeCallFailedError } from '../probes/ProbeCallFailedError.ts'
import { probeContract } from '../probes/probeContract.ts'
import { probeToken } from '../probes/probeToken.ts'
import { runPlans } from '../probes/runPlans.ts'
import type { ChainReader } from '../rpc/ChainReader.ts'
import { deployTestToken } from './compile.ts'
import { createDirectChainReader } from './directChainReader.ts'
import { type Anvil, startAnvil } from './startAnvil.ts'
import { startRpcProxy } from './startRpcProxy.ts'

let anvil: Anvil
let token: string
const providers: JsonRpcProvider[] = []

/** A direct reader on `url`, pinned to the newest block. */
async function readerOn(url: string): Promise<ChainReader> {
  const provider = new JsonRpcProvider(url, 31337, { staticNetwork: true })
  providers.push(provider)
  const block = await pinBlock(
    { provider, logger: { info() {}, warn() {} } },
    { chain: 'anvil', blockTag: 'latest' },
  )
  return createDirectChainReader({ provider }, { chainId: 31337, block })
}

beforeAll(async () => {
  anvil = await startAnvil()
  token = (await deployTestToken(anvil.url)).address
})
afterAll(async () => {
  for (const provider of providers) provider.destroy()
  await anvil?.stop()
})

describe('runPlans against anvil', () => {
  it('sends each distinct read once per round, however many plans ask for it', async () => {
    const reader = await readerOn(anvil.url)
    const readings = await runPlans({ reader }, [
      readCode(token),
      readCode(token),
      readCode(token.toLowerCase()),
    ])
    expect(readings.map((reading) => reading.ok)).toEqual([true, true, true])
    expect(reader.stats().rpcCalls).toBe(1)
  })

  it('fails only the plans whose reads the node could not answer', async () => {
    const proxy = await startRpcProxy(anvil.url, (request) =>
      request.method === 'eth_getStorageAt'
        ? { error: { code: -32005, message: 'limit exceeded' } }
        : undefined,
    )
    try {
      const reader = await readerOn(proxy.url)
      const [contract, tokenReading] = await runPlans<unknown>({ reader }, [
        probeContract(token),
        probeToken(token),
      ])
      expect(contract).toEqual({
        ok: false,
        failure: { kind: 'rpc', reason: 'node returned JSON-RPC error -32005' },
      })
      expect(tokenReading).toMatchObject({ ok: true, value: { standard: 'erc20', facts: { symbol: 'ATT' } } })
    } finally {
      await proxy.close()
    }
  })

  it('turns a probe that refuses the answers into a call failure, and stops a probe that never finishes', async () => {
    const reader = await readerOn(anvil.url)
    const refusing = andThen(readCode(token), () => {
      throw new ProbeCallFailedError({ address: token, reason: 'not what the registry says' })
    })
    const endless: Plan<never> = andThen(readCode(token), () => endless)
    const readings = await runPlans({ reader }, [refusing, endless, done(1)], { maxRounds: 3 })
    expect(readings).toEqual([
      { ok: false, failure: { kind: 'call', reason: 'not what the registry says' } },
      { ok: false, failure: { kind: 'call', reason: 'the probe did not finish' } },
      { ok: true, value: 1 },
    ])
  })

  it('stops between rounds when aborted', async () => {
    const reader = await readerOn(anvil.url)
    const abort = new AbortController()
    abort.abort(new Error('stop'))
    await expect(runPlans({ reader, signal: abort.signal }, [readCode(token)])).rejects.toThrow('stop')
  })
})
