/**
 * The beacon read behind an EIP-1967 beacon proxy: `implementation()` (EIP-1967,
 * https://eips.ethereum.org/EIPS/eip-1967#beacon-contract-address).
 * The same ABI as `upgradeableBeacon.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const upgradeableBeaconAbi = [
  {
    type: 'function',
    name: 'implementation',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'address',
      },
    ],
  },
] as const

/** Names of the functions in {@link upgradeableBeaconAbi}. */
export type UpgradeableBeaconFunctionName = (typeof upgradeableBeaconAbi)[number]['name']
