/**
 * The resolver records the indexer reads for a project's ENS name besides its contenthash: `addr(node)`
 * (EIP-137) for forward resolution and `name(node)` (EIP-181) for the reverse record of `<addr>.addr.reverse`.
 * The same ABI as `ensResolverRecords.json`, kept as a literal so tools that infer types from an ABI see exact
 * names; `probeAbis.test.ts` checks that the two stay identical.
 */
export const ensResolverRecordsAbi = [
  {
    type: 'function',
    name: 'addr',
    stateMutability: 'view',
    inputs: [
      {
        name: 'node',
        type: 'bytes32',
      },
    ],
    outputs: [
      {
        name: '',
        type: 'address',
      },
    ],
  },
  {
    type: 'function',
    name: 'name',
    stateMutability: 'view',
    inputs: [
      {
        name: 'node',
        type: 'bytes32',
      },
    ],
    outputs: [
      {
        name: '',
        type: 'string',
      },
    ],
  },
] as const

/** Names of the functions in {@link ensResolverRecordsAbi}. */
export type EnsResolverRecordsFunctionName = (typeof ensResolverRecordsAbi)[number]['name']
