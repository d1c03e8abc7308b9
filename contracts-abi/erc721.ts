/**
 * The ERC-721 reads the indexer calls: `name()` and `symbol()` (metadata extension) and `totalSupply()`
 * (enumerable extension), https://eips.ethereum.org/EIPS/eip-721. A collection is recognised with
 * ERC-165 (`erc721InterfaceId`); name and symbol share their selectors with ERC-20.
 * The same ABI as `erc721.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const erc721Abi = [
  {
    type: 'function',
    name: 'name',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'string',
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
        type: 'string',
      },
    ],
  },
  {
    type: 'function',
    name: 'totalSupply',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'uint256',
      },
    ],
  },
] as const

/** Names of the functions in {@link erc721Abi}. */
export type Erc721FunctionName = (typeof erc721Abi)[number]['name']

/** ERC-165 id of ERC-721 itself (EIP-721): `supportsInterface(0x80ac58cd)` is true for every collection. */
export const erc721InterfaceId = '0x80ac58cd'
