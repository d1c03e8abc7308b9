import { Interface } from 'ethers'
import { ownableAbi } from '../../contracts-abi/index.ts'
import type { CallResult } from '../rpc/ChainReader.ts'
import { decodeCallResult } from './decodeCallResult.ts'

const ownable = new Interface(ownableAbi)

/** `owner()`, ABI-encoded, for `readCall`. */
export const OWNER_CALL = ownable.encodeFunctionData('owner')

/**
 * The checksummed address an `owner()` call returned (the zero address when ownership was renounced), or
 * undefined when the contract has no such function. Pure.
 */
export function decodeOwner(result: CallResult): string | undefined {
  const owner = decodeCallResult(ownable, 'owner', result)
  return typeof owner === 'string' ? owner : undefined
}
