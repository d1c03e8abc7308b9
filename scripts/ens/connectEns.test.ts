import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort } from '../../indexer/test/closedPort.ts'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import {
  ChainIdMismatchError,
  connectEns,
  EnsRegistryInvalidError,
  EnsRegistryUnknownError,
  RpcUnreachableError,
} from './connectEns.ts'

const MAINNET_REGISTRY = '0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e'
const SOME_REGISTRY = '0x5FbDB2315678afecb367f032d93F642f64180aa3'

let local: Anvil
let mainnetLike: Anvil
beforeAll(async () => {
  ;[local, mainnetLike] = await Promise.all([startAnvil(), startAnvil(['--chain-id', '1'])])
})
afterAll(async () => {
  await Promise.all([local?.stop(), mainnetLike?.stop()])
})

describe(connectEns.name, () => {
  it('uses the registry ethers knows for the chain, or the one given', async () => {
    const mainnet = await connectEns({ rpc: mainnetLike.url, chainId: 1n })
    expect(mainnet).toMatchObject({ chainId: 1n, registry: MAINNET_REGISTRY })
    expect(await mainnet.provider.getBlockNumber()).toBeGreaterThanOrEqual(0)
    mainnet.provider.destroy()
    const given = await connectEns({ rpc: local.url, registry: SOME_REGISTRY.toLowerCase() })
    expect(given).toMatchObject({ chainId: 31337n, registry: SOME_REGISTRY })
    given.provider.destroy()
  })

  it('refuses a chain without a known registry, a bad registry and the wrong chain', async () => {
    await expect(connectEns({ rpc: local.url })).rejects.toThrow(EnsRegistryUnknownError)
    await expect(connectEns({ rpc: local.url })).rejects.toThrow(/--registry <address>/)
    await expect(connectEns({ rpc: local.url, registry: '0x1234' })).rejects.toThrow(EnsRegistryInvalidError)
    await expect(connectEns({ rpc: local.url, registry: SOME_REGISTRY, chainId: 1n })).rejects.toThrow(
      new ChainIdMismatchError({ expected: 1n, actual: 31337n }).message,
    )
  })

  it('fails fast on an RPC that does not answer, naming only its host', async () => {
    const port = await closedPort()
    const rpc = `http://127.0.0.1:${port}/v3/fake-api-key-0000`
    const error = await connectEns({ rpc, registry: SOME_REGISTRY }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RpcUnreachableError)
    expect(String(error)).toContain(
      `The RPC at 127.0.0.1:${port} did not answer eth_chainId: connect ECONNREFUSED`,
    )
    expect(String(error)).not.toContain('fake-api-key')
    await expect(connectEns({ rpc: 'not a url', registry: SOME_REGISTRY })).rejects.toThrow(
      /--rpc is not a URL/,
    )
  })

  it('gives up on an RPC that hangs or answers something else', async () => {
    const held: ServerResponse[] = []
    const server = createServer((request, response) => {
      if (request.url === '/hang') held.push(response)
      else response.end(request.url === '/html' ? '<html>' : '{"jsonrpc":"2.0","id":1,"error":{"code":-1}}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const options = { registry: SOME_REGISTRY, timeoutMs: 200 }
      await expect(connectEns({ rpc: `${base}/hang`, ...options })).rejects.toThrow(/no answer within 200 ms/)
      await expect(connectEns({ rpc: `${base}/error`, ...options })).rejects.toThrow(
        /the answer has no chain id/,
      )
      await expect(connectEns({ rpc: `${base}/html`, ...options })).rejects.toThrow(RpcUnreachableError)
    } finally {
      for (const response of held) response.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
