/**
 * The Ownable read the indexer calls to find who controls a contract: `owner()` (OpenZeppelin Ownable,
 * also ProxyAdmin and UpgradeableBeacon). A zero address means ownership was renounced.
 * The same ABI as `ownable.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const ownableAbi = [
  {
    type: 'function',
    name: 'owner',
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

/** Names of the functions in {@link ownableAbi}. */
export type OwnableFunctionName = (typeof ownableAbi)[number]['name']
