/**
 * The resolver functions the ENS scripts call: `contenthash(node)` and `setContenthash(node, hash)`
 * (EIP-1577, https://eips.ethereum.org/EIPS/eip-1577) and `supportsInterface(bytes4)` (EIP-165) to check
 * that a resolver has the contenthash profile (interface id `0xbc1c58d1`). Every PublicResolver version
 * has them. The same ABI as `publicResolver.json`; `scripts/ens/abis.test.ts` checks that the two stay
 * identical.
 */
export const publicResolverAbi = [
  {
    type: 'function',
    name: 'contenthash',
    stateMutability: 'view',
    inputs: [{ name: 'node', type: 'bytes32' }],
    outputs: [{ name: '', type: 'bytes' }],
  },
  {
    type: 'function',
    name: 'setContenthash',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'node', type: 'bytes32' },
      { name: 'hash', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'supportsInterface',
    stateMutability: 'view',
    inputs: [{ name: 'interfaceID', type: 'bytes4' }],
    outputs: [{ name: '', type: 'bool' }],
  },
] as const

/** Names of the functions in {@link publicResolverAbi}. */
export type PublicResolverFunctionName = (typeof publicResolverAbi)[number]['name']

/** EIP-165 interface id of the EIP-1577 contenthash profile. */
export const contenthashInterfaceId = '0xbc1c58d1'
