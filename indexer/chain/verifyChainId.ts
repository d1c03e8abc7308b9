import type { JsonRpcApiProvider } from 'ethers'
import type { Chain } from '../model/schema.ts'
import { ChainIdMismatchError } from './ChainIdMismatchError.ts'
import { describeReadFailure } from './describeReadFailure.ts'
import { RpcRequestFailedError } from './RpcRequestFailedError.ts'
import { QuantitySchema } from './rpcSchemas.ts'

/**
 * Asks the node for `eth_chainId` and checks it against the registry. The provider is built with a
 * static network, so this is the one place the node's real chain id is looked at.
 *
 * @throws {ChainIdMismatchError} when the node serves another chain.
 * @throws {RpcRequestFailedError} when the node cannot be asked or answers nonsense.
 */
export async function verifyChainId(
  { provider }: { provider: JsonRpcApiProvider },
  { chain }: { chain: Chain },
): Promise<void> {
  let raw: unknown
  try {
    raw = await provider.send('eth_chainId', [])
  } catch (error) {
    throw new RpcRequestFailedError({
      chain: chain.id,
      method: 'eth_chainId',
      reason: describeReadFailure(error).reason,
      cause: error,
    })
  }
  const parsed = QuantitySchema.safeParse(raw)
  if (!parsed.success) {
    throw new RpcRequestFailedError({
      chain: chain.id,
      method: 'eth_chainId',
      reason: 'invalid response from the node',
    })
  }
  if (parsed.data !== chain.chainId) {
    throw new ChainIdMismatchError({
      chain: chain.id,
      rpcEnv: chain.rpcEnv,
      expectedChainId: chain.chainId,
      actualChainId: parsed.data,
    })
  }
}
