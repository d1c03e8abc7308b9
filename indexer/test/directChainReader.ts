import { isError, type JsonRpcApiProvider, JsonRpcProvider, toQuantity } from 'ethers'
import { type PinnedBlock, pinBlock } from '../chain/pinBlock.ts'
import { verifyChainId } from '../chain/verifyChainId.ts'
import type { ReaderContext } from '../indexRegistry.ts'
import type { CallResult, ChainReader } from '../rpc/ChainReader.ts'

/**
 * A {@link ChainReader} with nothing behind it: one `eth_call` / `eth_getCode` / `eth_getStorageAt` per
 * request through an ethers provider, at the pinned block, no Multicall3, cache or retries. Tests use it
 * to exercise probes against a real node independently of the production reader.
 *
 * A revert (`CALL_EXCEPTION`) or empty return data is `success: false`, as the interface asks; any other
 * error rejects the whole request.
 */
export function createDirectChainReader(
  { provider }: { provider: JsonRpcApiProvider },
  { chainId, block }: { chainId: number; block: PinnedBlock },
): ChainReader {
  const blockTag = toQuantity(block.number)
  let rpcCalls = 0
  let ethCalls = 0
  const send = (method: string, params: unknown[]) => {
    rpcCalls++
    return provider.send(method, params) as Promise<string>
  }
  return {
    chainId,
    block,
    async callMany(requests): Promise<CallResult[]> {
      return Promise.all(
        requests.map(async ({ to, data }) => {
          ethCalls++
          try {
            const returnData = await send('eth_call', [{ to, data }, blockTag])
            return { success: returnData !== '0x', returnData }
          } catch (error) {
            if (isError(error, 'CALL_EXCEPTION')) return { success: false, returnData: '0x' }
            throw error
          }
        }),
      )
    },
    getCodes: (addresses) =>
      Promise.all(addresses.map((address) => send('eth_getCode', [address, blockTag]))),
    getStorageSlots: (requests) =>
      Promise.all(requests.map(({ address, slot }) => send('eth_getStorageAt', [address, slot, blockTag]))),
    stats: () => ({ httpRequests: rpcCalls, rpcCalls, ethCalls, retries: 0, cacheHits: 0 }),
  }
}

/**
 * An `openReader` for `indexRegistry` built on {@link createDirectChainReader}: per chain it checks
 * `eth_chainId` and pins the block with the indexer's own `verifyChainId`/`pinBlock`. `close()` destroys
 * the providers it made.
 */
export function directReaderFactory(): {
  openReader: (context: ReaderContext) => Promise<ChainReader>
  close(): void
} {
  const providers: JsonRpcProvider[] = []
  return {
    async openReader({ endpoint, chain, blockTag, logger }) {
      const provider = new JsonRpcProvider(endpoint.urls[0], chain.chainId, { staticNetwork: true })
      providers.push(provider)
      await verifyChainId({ provider }, { chain })
      const block = await pinBlock({ provider, logger }, { chain: chain.id, blockTag })
      return createDirectChainReader({ provider }, { chainId: chain.chainId, block })
    },
    close() {
      for (const provider of providers.splice(0)) provider.destroy()
    },
  }
}
