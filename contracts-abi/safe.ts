/**
 * The Safe (Gnosis Safe) reads the indexer calls to recognise a Safe and describe it: `getThreshold()`
 * and `getOwners()` (every Safe version since 1.0.0 has both; https://github.com/safe-global/safe-smart-account).
 * The same ABI as `safe.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const safeAbi = [
  {
    type: 'function',
    name: 'getThreshold',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'uint256',
      },
    ],
  },
  {
    type: 'function',
    name: 'getOwners',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      {
        name: '',
        type: 'address[]',
      },
    ],
  },
] as const

/** Names of the functions in {@link safeAbi}. */
export type SafeFunctionName = (typeof safeAbi)[number]['name']
