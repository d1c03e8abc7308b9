/**
 * The OpenZeppelin TimelockController read the indexer calls to recognise a timelock: `getMinDelay()`,
 * the seconds every scheduled operation must wait before it can run.
 * The same ABI as `timelockController.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const timelockControllerAbi = [
  {
    type: 'function',
    name: 'getMinDelay',
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

/** Names of the functions in {@link timelockControllerAbi}. */
export type TimelockControllerFunctionName = (typeof timelockControllerAbi)[number]['name']
