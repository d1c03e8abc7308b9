import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import { HexDataSchema } from '../chain/rpcSchemas.ts'
import { decodeAggregate3, encodeAggregate3 } from './aggregate3.ts'
import type { CallRequest, CallResult } from './ChainReader.ts'
import { isCallFailure } from './classifyRpcError.ts'
import type { RpcTransport } from './RpcTransport.ts'

/** What {@link runCalls} needs: a transport and the block to call at. */
export interface CallContext {
  transport: RpcTransport
  /** The chain's name, for errors. */
  chain: string
  /** The pinned block number as a JSON-RPC quantity. */
  blockHex: string
  /** Calls per `aggregate3`. */
  chunkSize: number
}

const FAILED: CallResult = { success: false, returnData: '0x' }

/**
 * Runs calls at the pinned block: packed into Multicall3 `aggregate3` chunks when `multicall3` is given,
 * else as plain `eth_call`s (which the transport batches). A chunk the node refuses as a whole (say it ran
 * out of gas) is run again as plain calls. Reverts, EVM errors and empty return data are failed results;
 * an `aggregate3` answer that does not decode is malformed and retried by the transport.
 *
 * @returns one result per call, in order.
 * @throws {RpcRequestFailedError} when the node cannot be asked, or answers a call with an error that is
 * not the call's own failure.
 * @example
 * const results = await runCalls(context, { calls, multicall3: '0xca11bde05977b3631167028862be2a173976ca11' })
 */
export async function runCalls(
  context: CallContext,
  {
    calls,
    multicall3,
    signal,
  }: { calls: readonly CallRequest[]; multicall3?: string | undefined; signal?: AbortSignal | undefined },
): Promise<CallResult[]> {
  if (!multicall3) return Promise.all(calls.map((call) => plainCall(context, call, signal)))
  const chunks: CallRequest[][] = []
  for (let i = 0; i < calls.length; i += context.chunkSize) chunks.push(calls.slice(i, i + context.chunkSize))
  const results = await Promise.all(
    chunks.map(async (chunk) => {
      const outcome = await context.transport.request({
        method: 'eth_call',
        params: [{ to: multicall3, data: encodeAggregate3(chunk) }, context.blockHex],
        schema: HexDataSchema.transform((data, ctx) => {
          try {
            return decodeAggregate3(data, chunk.length)
          } catch {
            ctx.addIssue({ code: 'custom', message: 'is not an aggregate3 result' })
            return [] as CallResult[]
          }
        }),
        weight: chunk.length,
        signal,
      })
      if (outcome.ok) return outcome.result
      return Promise.all(chunk.map((call) => plainCall(context, call, signal)))
    }),
  )
  return results.flat()
}

async function plainCall(
  { transport, chain, blockHex }: CallContext,
  call: CallRequest,
  signal: AbortSignal | undefined,
): Promise<CallResult> {
  const outcome = await transport.request({
    method: 'eth_call',
    params: [{ to: call.to, data: call.data }, blockHex],
    schema: HexDataSchema,
    isAnswer: isCallFailure,
    signal,
  })
  if (outcome.ok) return outcome.result === '0x' ? FAILED : { success: true, returnData: outcome.result }
  if (isCallFailure(outcome.error)) return FAILED
  throw new RpcRequestFailedError({
    chain,
    method: 'eth_call',
    reason: `node returned JSON-RPC error ${outcome.error.code}`,
  })
}
