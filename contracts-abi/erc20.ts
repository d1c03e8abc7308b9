/**
 * The ERC-20 read functions the indexer calls: `name`, `symbol`, `decimals`, `totalSupply`
 * (EIP-20, https://eips.ethereum.org/EIPS/eip-20). The same ABI as `erc20.json`, kept as a literal
 * so tools that infer types from an ABI see exact function names and output types;
 * `erc20.test.ts` checks that the two stay identical.
 */
export const erc20Abi = [
  {
    type: 'function',
    name: 'name',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'string' }],
  },
  {
    type: 'function',
    name: 'symbol',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'string' }],
  },
  {
    type: 'function',
    name: 'decimals',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'uint8' }],
  },
  {
    type: 'function',
    name: 'totalSupply',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'uint256' }],
  },
] as const

/** Names of the functions in {@link erc20Abi}. */
export type Erc20FunctionName = (typeof erc20Abi)[number]['name']
