import { Interface, toUtf8String } from 'ethers'
import { erc20Abi, erc20Bytes32Abi } from '../../contracts-abi/index.ts'
import type { CallResult } from '../rpc/ChainReader.ts'
import { decodeCallResult } from './decodeCallResult.ts'

const erc20 = new Interface(erc20Abi)
const erc20Bytes32 = new Interface(erc20Bytes32Abi)

/**
 * A token's `name()` or `symbol()`: the ABI `string` ERC-20 specifies, else a `bytes32` as early tokens
 * return it (MKR's name is "Maker" padded with zero bytes), cut at the first zero byte and read as UTF-8.
 * Pure.
 *
 * @returns undefined when the call failed or returned neither.
 * @example decodeTokenString('symbol', { success: true, returnData: '0x4d4b5200…' }) // 'MKR'
 */
export function decodeTokenString(fn: 'name' | 'symbol', result: CallResult): string | undefined {
  const text = decodeCallResult(erc20, fn, result)
  if (typeof text === 'string') return text
  if (result.returnData.length !== 66) return undefined
  const word = decodeCallResult(erc20Bytes32, fn, result)
  if (typeof word !== 'string') return undefined
  const bytes: string[] = word.slice(2).match(/../g) ?? []
  const end = bytes.indexOf('00')
  try {
    return toUtf8String(`0x${(end === -1 ? bytes : bytes.slice(0, end)).join('')}`)
  } catch {
    return undefined
  }
}
