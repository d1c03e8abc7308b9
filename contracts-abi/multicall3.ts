/**
 * Multicall3's `aggregate3`: runs many calls in one `eth_call`, each with `allowFailure`, and returns
 * `(success, returnData)` per call (https://github.com/mds1/multicall, MIT). Multicall3 sits at
 * {@link MULTICALL3_ADDRESS} on most EVM chains. The same ABI as `multicall3.json`, kept as a literal so
 * tools that infer types from an ABI see exact names; `indexer/rpc/aggregate3.test.ts` checks that the
 * two stay identical.
 */
export const multicall3Abi = [
  {
    type: 'function',
    name: 'aggregate3',
    stateMutability: 'payable',
    inputs: [
      {
        name: 'calls',
        type: 'tuple[]',
        components: [
          { name: 'target', type: 'address' },
          { name: 'allowFailure', type: 'bool' },
          { name: 'callData', type: 'bytes' },
        ],
      },
    ],
    outputs: [
      {
        name: 'returnData',
        type: 'tuple[]',
        components: [
          { name: 'success', type: 'bool' },
          { name: 'returnData', type: 'bytes' },
        ],
      },
    ],
  },
] as const

/** Names of the functions in {@link multicall3Abi}. */
export type Multicall3FunctionName = (typeof multicall3Abi)[number]['name']

/** The address Multicall3 is deployed at on most EVM chains (same deployer, same nonce). */
export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11'
