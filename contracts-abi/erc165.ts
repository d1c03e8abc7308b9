/**
 * ERC-165 interface detection: `supportsInterface(bytes4)` (https://eips.ethereum.org/EIPS/eip-165).
 * The same ABI as `erc165.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const erc165Abi = [
  {
    type: 'function',
    name: 'supportsInterface',
    stateMutability: 'view',
    inputs: [
      {
        name: 'interfaceId',
        type: 'bytes4',
      },
    ],
    outputs: [
      {
        name: '',
        type: 'bool',
      },
    ],
  },
] as const

/** Names of the functions in {@link erc165Abi}. */
export type Erc165FunctionName = (typeof erc165Abi)[number]['name']
