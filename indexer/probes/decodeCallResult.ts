import type { Interface } from 'ethers'
import type { CallResult } from '../rpc/ChainReader.ts'

/**
 * The first return value of a call to `fn`, or undefined when the call failed, returned nothing (an
 * account without code "succeeds" with empty data) or returned data that does not fit `fn`'s outputs.
 * Probes use it to ask "does this contract speak this interface?", where any of those means "no".
 *
 * @example decodeCallResult(ownable, 'owner', { success: true, returnData: '0x…' }) // '0xAbC…'
 */
export function decodeCallResult(iface: Interface, fn: string, result: CallResult): unknown {
  if (!result.success || result.returnData === '0x') return undefined
  try {
    return iface.decodeFunctionResult(fn, result.returnData)[0]
  } catch {
    return undefined
  }
}
