import { ChainIdMismatchError } from '../chain/ChainIdMismatchError.ts'
import { QuantitySchema } from '../chain/rpcSchemas.ts'
import { isTransientRpcError } from './classifyRpcError.ts'
import type { JsonRpcRequest } from './jsonRpcEnvelope.ts'
import type { PostOutcome } from './postJsonRpc.ts'
import { type RetryPolicy, retryDelay } from './retryDelay.ts'

/**
 * Asks one endpoint for `eth_chainId`, retrying what is worth retrying up to `retry.attempts` times.
 * Used before an endpoint's first request, so a fallback URL that serves another chain is caught too.
 *
 * @param send posts one request to the endpoint (and assigns its id).
 * @param wait sleeps between attempts (and may count them).
 * @returns undefined when the endpoint serves `chainId`; otherwise why it could not be asked (short,
 * no URL), so the caller can move on to the next URL.
 * @throws {ChainIdMismatchError} when the endpoint serves another chain.
 * @example
 * const problem = await checkEndpointChainId({ send, wait, random: Math.random }, { chainId: 1, chain: 'ethereum', source: 'RPC_URL_ETHEREUM', retry })
 */
export async function checkEndpointChainId(
  {
    send,
    wait,
    random,
  }: {
    send: (request: Omit<JsonRpcRequest, 'id'>) => Promise<PostOutcome>
    wait: (ms: number) => Promise<void>
    random: () => number
  },
  { chainId, chain, source, retry }: { chainId: number; chain: string; source: string; retry: RetryPolicy },
): Promise<string | undefined> {
  let reason = 'no answer'
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    const outcome = await send({ jsonrpc: '2.0', method: 'eth_chainId', params: [] })
    let retryAfterMs: number | undefined
    if (outcome.kind === 'answered') {
      const [response] = outcome.responses.values()
      const parsed = QuantitySchema.safeParse(response?.result)
      if (parsed.success) {
        if (parsed.data === chainId) return undefined
        throw new ChainIdMismatchError({
          chain,
          rpcEnv: source,
          expectedChainId: chainId,
          actualChainId: parsed.data,
        })
      }
      reason = response?.error ? `JSON-RPC error ${response.error.code}` : 'invalid eth_chainId answer'
      if (response?.error && !isTransientRpcError(response.error)) return reason
    } else {
      reason = outcome.reason
      if (outcome.kind === 'failed') {
        if (outcome.skipUrl) return reason
        retryAfterMs = outcome.retryAfterMs
      }
    }
    if (attempt < retry.attempts)
      await wait(retryDelay({ retry: attempt, policy: retry, retryAfterMs, random }))
  }
  return reason
}
