/**
 * `name()` and `symbol()` as early tokens declared them, returning `bytes32` instead of `string` (MKR, SAI):
 * the same selectors as ERC-20, decoded differently when the string decoding fails.
 * The same ABI as `erc20Bytes32.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const erc20Bytes32Abi = [
  {
    type: 'function',
    name: 'name',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'bytes32',
      },
    ],
  },
  {
    type: 'function',
    name: 'symbol',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'bytes32',
      },
    ],
  },
] as const

/** Names of the functions in {@link erc20Bytes32Abi}. */
export type Erc20Bytes32FunctionName = (typeof erc20Bytes32Abi)[number]['name']
