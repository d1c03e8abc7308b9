import { type AbstractProvider, Interface } from 'ethers'
import { z } from 'zod'
import { type Erc20FunctionName, erc20Abi } from '../../contracts-abi/index.ts'

const erc20 = new Interface(erc20Abi)

/** The decoded results, checked: a `uint8` decimals, a non-negative supply. */
const Erc20ResultsSchema = z.strictObject({
  name: z.string(),
  symbol: z.string(),
  decimals: z.bigint().min(0n).max(255n).transform(Number),
  totalSupply: z
    .bigint()
    .min(0n)
    .transform((supply) => supply.toString()),
})

/** An ERC-20 token's metadata; `totalSupply` is the raw (unscaled) supply as a decimal string. */
export type Erc20Token = z.output<typeof Erc20ResultsSchema>

/**
 * Reads `name`, `symbol`, `decimals` and `totalSupply` of the ERC-20 at `address` as of `blockNumber`
 * (four `eth_call`s, which ethers sends as one JSON-RPC batch).
 * @throws whatever the provider throws (a revert is a `CALL_EXCEPTION`, undecodable data `BAD_DATA`),
 * or a ZodError when a value is out of range.
 */
export async function readErc20Token(
  { provider }: { provider: AbstractProvider },
  { address, blockNumber }: { address: string; blockNumber: number },
): Promise<Erc20Token> {
  const read = async (name: Erc20FunctionName): Promise<unknown> => {
    const data = await provider.call({
      to: address,
      data: erc20.encodeFunctionData(name),
      blockTag: blockNumber,
    })
    return erc20.decodeFunctionResult(name, data)[0]
  }
  const [name, symbol, decimals, totalSupply] = await Promise.all([
    read('name'),
    read('symbol'),
    read('decimals'),
    read('totalSupply'),
  ])
  return Erc20ResultsSchema.parse({ name, symbol, decimals, totalSupply })
}
