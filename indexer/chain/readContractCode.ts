import { type AbstractProvider, keccak256 } from 'ethers'
import { HexDataSchema } from './rpcSchemas.ts'

/** What `eth_getCode` says about one address. */
export interface ContractCode {
  /** Whether the address holds code (false: an EOA, a wrong address, or a self-destructed contract). */
  hasCode: boolean
  /** keccak256 of the runtime code, lowercase hex; absent when there is no code. */
  codeHash?: string
}

/**
 * Reads the code at `address` as of `blockNumber`.
 * @throws whatever the provider throws, or a ZodError when the node returns something that is not hex.
 */
export async function readContractCode(
  { provider }: { provider: AbstractProvider },
  { address, blockNumber }: { address: string; blockNumber: number },
): Promise<ContractCode> {
  const code = HexDataSchema.parse(await provider.getCode(address, blockNumber))
  return code === '0x' ? { hasCode: false } : { hasCode: true, codeHash: keccak256(code).toLowerCase() }
}
