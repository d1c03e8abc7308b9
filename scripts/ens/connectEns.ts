import { type EnsPlugin, getAddress, isAddress, JsonRpcProvider, Network } from 'ethers'
import { z } from 'zod'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** A provider pinned to one chain, and the ENS registry on it. */
export interface EnsConnection {
  provider: JsonRpcProvider
  chainId: bigint
  registry: string
}

/** Thrown when no ENS registry is known for the chain and none was given. */
export class EnsRegistryUnknownError extends BaseError {
  override name = 'EnsRegistryUnknownError'
  constructor({ chainId }: { chainId: bigint }) {
    super(`No ENS registry is known for chain ${chainId}.`, {
      metaMessages: [
        'Pass its address with --registry <address>, or use an RPC URL of mainnet or a testnet with ENS.',
      ],
    })
  }
}

/** Thrown when the RPC URL does not answer. Names only the host: RPC URLs often carry an API key. */
export class RpcUnreachableError extends BaseError {
  override name = 'RpcUnreachableError'
  constructor({ host, reason }: { host: string; reason: string }) {
    super(`The RPC at ${host} did not answer eth_chainId: ${reason}.`, {
      metaMessages: [
        'Check --rpc (the full URL is not shown: it may hold an API key) and that the node is up.',
      ],
    })
  }
}

/** Thrown when a `--registry` value is not an address. */
export class EnsRegistryInvalidError extends BaseError {
  override name = 'EnsRegistryInvalidError'
  constructor({ registry }: { registry: string }) {
    super(`--registry "${registry}" is not an address.`, {
      metaMessages: ['Give a 0x-prefixed 20-byte address.'],
    })
  }
}

/** Thrown when the RPC serves another chain than the one asked for. */
export class ChainIdMismatchError extends BaseError {
  override name = 'ChainIdMismatchError'
  constructor({ expected, actual }: { expected: bigint; actual: bigint }) {
    super(`The RPC URL serves chain ${actual}, not chain ${expected}.`, {
      metaMessages: ['Check --rpc: this tool changes the name on whichever chain the RPC serves.'],
    })
  }
}

/**
 * Connects to a JSON-RPC URL: asks its chain id once, checks it against the one expected, then builds a
 * provider pinned to that chain (no chain-id probe before each request) and finds the ENS registry
 * (the given address, or the one ethers knows for the chain).
 *
 * @param options The RPC URL, an optional registry address and an optional expected chain id.
 * @returns The provider (call `destroy()` when done), the chain id and the registry's address.
 * @throws {EnsRegistryInvalidError} when `registry` is not an address.
 * @throws {ChainIdMismatchError} when `chainId` is given and differs.
 * @throws {EnsRegistryUnknownError} when no registry is given or known for the chain.
 * @throws {RpcUnreachableError} when the URL does not answer `eth_chainId`.
 * @example
 * const { provider, registry } = await connectEns({ rpc: 'http://127.0.0.1:8545', registry: '0x…' })
 */
export async function connectEns(options: {
  rpc: string
  registry?: string
  chainId?: bigint
  /** How long the first request may take. */
  timeoutMs?: number
}): Promise<EnsConnection> {
  if (options.registry !== undefined && !isAddress(options.registry)) {
    throw new EnsRegistryInvalidError({ registry: options.registry })
  }
  const chainId = await readChainId(options.rpc, options.timeoutMs ?? 30_000)
  if (options.chainId !== undefined && options.chainId !== chainId) {
    throw new ChainIdMismatchError({ expected: options.chainId, actual: chainId })
  }
  const known = Network.from(chainId).getPlugin<EnsPlugin>('org.ethers.plugins.network.Ens')?.address
  const registry = options.registry ?? known
  if (!registry) throw new EnsRegistryUnknownError({ chainId })
  // No 250 ms response cache: a plan must see the latest block, and a read-back the record just written.
  const provider = new JsonRpcProvider(options.rpc, Network.from(chainId), {
    staticNetwork: true,
    cacheTimeout: -1,
  })
  return { provider, chainId, registry: getAddress(registry) }
}

const ChainIdResponse = z.object({ result: z.string().regex(/^0x[0-9a-fA-F]+$/) })

/**
 * One plain `eth_chainId` request. Not through ethers: a JsonRpcProvider that cannot reach its node
 * retries network detection forever, and its errors can quote the URL.
 */
async function readChainId(rpc: string, timeoutMs: number): Promise<bigint> {
  let host: string
  try {
    host = new URL(rpc).host
  } catch {
    throw new RpcUnreachableError({ host: '(not a URL)', reason: '--rpc is not a URL' })
  }
  try {
    const response = await fetch(rpc, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const parsed = ChainIdResponse.safeParse(await response.json())
    if (!parsed.success) throw new Error('the answer has no chain id')
    return BigInt(parsed.data.result)
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined
    const reason =
      cause?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause?.message ?? String(error))
    throw new RpcUnreachableError({ host, reason: reason.replaceAll(rpc, host) })
  }
}
