import { AbiCoder, Interface } from 'ethers'
import { erc20Abi, erc165Abi, erc721InterfaceId } from '../../contracts-abi/index.ts'
import type { CallResult } from '../rpc/ChainReader.ts'
import type { Erc721Facts, TokenFacts } from '../snapshot/snapshotSchema.ts'
import { decodeCallResult } from './decodeCallResult.ts'
import { decodeTokenString } from './decodeTokenString.ts'
import { all, map, type Plan, readCall, readCode } from './Plan.ts'
import { ProbeCallFailedError } from './ProbeCallFailedError.ts'

const erc20 = new Interface(erc20Abi)
const erc165 = new Interface(erc165Abi)
const CALLS = {
  name: erc20.encodeFunctionData('name'),
  symbol: erc20.encodeFunctionData('symbol'),
  decimals: erc20.encodeFunctionData('decimals'),
  totalSupply: erc20.encodeFunctionData('totalSupply'),
  isErc721: erc165.encodeFunctionData('supportsInterface', [erc721InterfaceId]),
}

/** What the indexer records about a registry token: ERC-20 metadata, or an ERC-721 collection's. */
export type TokenReading =
  | { standard: 'erc20'; facts: Omit<TokenFacts, 'stale'> }
  | { standard: 'erc721'; facts: Omit<Erc721Facts, 'stale'> }

/**
 * Reads a registry token in one round: its code, `name`, `symbol`, `decimals`, `totalSupply` and ERC-165
 * `supportsInterface(0x80ac58cd)`. A contract that says it is ERC-721 gets the collection's name, symbol
 * and (when enumerable) supply; anything else must answer all four ERC-20 reads, with `bytes32` names and
 * symbols accepted (see {@link decodeTokenString}).
 *
 * @param address Checksummed.
 * @throws {ProbeCallFailedError} (inside the plan) for an address without code or an ERC-20 read that
 * reverts or returns data that does not fit.
 */
export function probeToken(address: string): Plan<TokenReading> {
  return map(
    all([
      readCode(address),
      readCall(address, CALLS.name),
      readCall(address, CALLS.symbol),
      readCall(address, CALLS.decimals),
      readCall(address, CALLS.totalSupply),
      readCall(address, CALLS.isErc721),
    ]),
    ([code, name, symbol, decimals, totalSupply, isErc721]): TokenReading => {
      if (code === '0x')
        throw new ProbeCallFailedError({ address, reason: 'no contract code at the address' })
      const supply = decodeCallResult(erc20, 'totalSupply', totalSupply)
      if (decodeCallResult(erc165, 'supportsInterface', isErc721) === true) {
        const facts: Omit<Erc721Facts, 'stale'> = {}
        const collectionName = decodeTokenString('name', name)
        const collectionSymbol = decodeTokenString('symbol', symbol)
        if (collectionName !== undefined) facts.name = collectionName
        if (collectionSymbol !== undefined) facts.symbol = collectionSymbol
        if (typeof supply === 'bigint') facts.totalSupply = supply.toString()
        return { standard: 'erc721', facts }
      }
      const fail = (fn: string, result: CallResult, expected: string): never => {
        throw new ProbeCallFailedError({
          address,
          reason: result.success ? `${fn}() returned data that is not ${expected}` : `${fn}() reverted`,
        })
      }
      const tokenName = decodeTokenString('name', name) ?? fail('name', name, 'a string or bytes32')
      const tokenSymbol = decodeTokenString('symbol', symbol) ?? fail('symbol', symbol, 'a string or bytes32')
      const places = decodeUint256(decimals)
      if (places === undefined || places > 255n) return fail('decimals', decimals, 'a uint8')
      if (typeof supply !== 'bigint') return fail('totalSupply', totalSupply, 'a uint256')
      return {
        standard: 'erc20',
        facts: {
          name: tokenName,
          symbol: tokenSymbol,
          decimals: Number(places),
          totalSupply: supply.toString(),
        },
      }
    },
  )
}

/** ethers masks a decoded `uint8` to its low byte, so decimals are decoded wide and range-checked. */
function decodeUint256(result: CallResult): bigint | undefined {
  if (!result.success || result.returnData.length < 66) return undefined
  return AbiCoder.defaultAbiCoder().decode(['uint256'], result.returnData.slice(0, 66))[0] as bigint
}
