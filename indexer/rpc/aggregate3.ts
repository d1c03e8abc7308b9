import { Interface } from 'ethers'
import { multicall3Abi } from '../../contracts-abi/index.ts'
import type { CallRequest, CallResult } from './ChainReader.ts'

const multicall3 = new Interface(multicall3Abi)

/**
 * Encodes calls as one Multicall3 `aggregate3` call, each with `allowFailure: true`, so one revert
 * does not fail the others.
 *
 * @param calls the calls, `to` and `data` as 0x hex.
 * @returns the calldata for `aggregate3`.
 * @example
 * encodeAggregate3([{ to: token, data: '0x06fdde03' }])
 */
export function encodeAggregate3(calls: readonly CallRequest[]): string {
  return multicall3.encodeFunctionData('aggregate3', [
    calls.map((call) => ({ target: call.to, allowFailure: true, callData: call.data })),
  ])
}

/**
 * Decodes what `aggregate3` returned into one {@link CallResult} per call. A call that "succeeded" with
 * empty return data is a failure: Multicall3 reports a call to an address without code (an EOA) as a
 * success with no data. A failed call's `returnData` is `0x`, as {@link CallResult} promises.
 *
 * @param data the `eth_call` result.
 * @param count how many calls were packed; a different number of results is an error.
 * @returns the results, in call order.
 * @throws when `data` is not an `aggregate3` result for `count` calls (ethers' decoding error, or an
 * Error saying how many results came back).
 * @example
 * decodeAggregate3(returnData, 1) // [{ success: true, returnData: '0x…' }]
 */
export function decodeAggregate3(data: string, count: number): CallResult[] {
  const [results] = multicall3.decodeFunctionResult('aggregate3', data) as unknown as [
    Array<{ success: boolean; returnData: string }>,
  ]
  if (results.length !== count) throw new Error(`aggregate3 returned ${results.length} results for ${count}`)
  return results.map(({ success, returnData }) =>
    success && returnData !== '0x'
      ? { success: true, returnData: returnData.toLowerCase() }
      : { success: false, returnData: '0x' },
  )
}
