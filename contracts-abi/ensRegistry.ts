/**
 * The ENS registry reads the ENS scripts call: `owner(node)` and `resolver(node)` (EIP-137,
 * https://eips.ethereum.org/EIPS/eip-137). The registry is at `0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e`
 * on mainnet and the main testnets. The same ABI as `ensRegistry.json`, kept as a literal so tools that
 * infer types from an ABI see exact names; `scripts/ens/abis.test.ts` checks that the two stay identical.
 */
export const ensRegistryAbi = [
  {
    type: 'function',
    name: 'owner',
    stateMutability: 'view',
    inputs: [{ name: 'node', type: 'bytes32' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'resolver',
    stateMutability: 'view',
    inputs: [{ name: 'node', type: 'bytes32' }],
    outputs: [{ name: '', type: 'address' }],
  },
] as const

/** Names of the functions in {@link ensRegistryAbi}. */
export type EnsRegistryFunctionName = (typeof ensRegistryAbi)[number]['name']
