import { Interface } from 'ethers'
import { safeAbi } from '../../contracts-abi/index.ts'
import type { CallResult } from '../rpc/ChainReader.ts'
import { decodeCallResult } from './decodeCallResult.ts'

const safe = new Interface(safeAbi)

/** The two Safe reads, ABI-encoded, for `readCall`. */
export const SAFE_CALLS = {
  getThreshold: safe.encodeFunctionData('getThreshold'),
  getOwners: safe.encodeFunctionData('getOwners'),
} as const

/**
 * A Safe's threshold and owner count from its `getThreshold()` and `getOwners()` results, or undefined when
 * the account does not answer both like a set-up Safe does (1 ≤ threshold ≤ owners). Pure.
 */
export function decodeSafe(
  threshold: CallResult,
  owners: CallResult,
): { threshold: number; owners: number } | undefined {
  const t = decodeCallResult(safe, 'getThreshold', threshold)
  const list = decodeCallResult(safe, 'getOwners', owners) as readonly string[] | undefined
  if (typeof t !== 'bigint' || !list || t < 1n || t > BigInt(list.length)) return undefined
  return { threshold: Number(t), owners: list.length }
}
