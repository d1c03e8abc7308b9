import { getAddress, id } from 'ethers'
import { canonicalCid } from './parseCid.ts'
import type { ContenthashPlan } from './planContenthashUpdate.ts'

/** One call in a Transaction Builder batch: raw calldata, no value. */
export interface SafeBatchTransaction {
  to: string
  value: string
  data: string
}

/**
 * A Safe{Wallet} Transaction Builder batch file (the JSON its "Load" accepts and its "Download" writes;
 * `BatchFile` in safe-global/safe-react-apps `apps/tx-builder/src/typings/models.ts`).
 */
export interface SafeBatchFile {
  version: '1.0'
  /** Decimal chain id as a string: the Safe app only lists batches of its own chain. */
  chainId: string
  /** Milliseconds since 1970 in the Safe app; always 0 here, so the same plan gives the same bytes. */
  createdAt: number
  meta: {
    name: string
    description: string
    createdFromSafeAddress: string
    createdFromOwnerAddress: string
    /** keccak256 of the file as the Transaction Builder serialises it; see {@link safeBatchChecksum}. */
    checksum: string
  }
  transactions: SafeBatchTransaction[]
}

/**
 * Builds the Transaction Builder batch that makes a Safe send the plan's `setContenthash`. Signers load
 * it in the Safe app, compare the calldata with what `npm run verify` and this tool print, then sign.
 *
 * `createdAt` is 0 rather than the time of writing: the file is then a pure function of the plan (no
 * wall-clock time in outputs), and the block it was planned at is in the description. The Safe app does
 * not read `createdAt`. `txBuilderVersion` is left out: it is optional and this tool is not that app.
 *
 * @param plan An `update` plan.
 * @param safe The Safe's address: the name's owner, or a delegate approved on the resolver.
 * @returns The batch, with the checksum the Transaction Builder checks on load.
 * @example
 * await writeFile('safe-batch.json', `${JSON.stringify(buildSafeBatch(plan, safe), null, 2)}\n`)
 */
export function buildSafeBatch(plan: ContenthashPlan & { kind: 'update' }, safe: string): SafeBatchFile {
  const target = canonicalCid(plan.target)
  const batch: Omit<SafeBatchFile, 'meta'> & { meta: Omit<SafeBatchFile['meta'], 'checksum'> } = {
    version: '1.0',
    chainId: plan.chainId.toString(),
    createdAt: 0,
    meta: {
      name: `ENS contenthash of ${plan.name.name}`,
      description: [
        `setContenthash(${plan.name.node}, ${plan.contenthash}) on resolver ${plan.resolver}:`,
        `points ${plan.name.name} at ipfs://${target}, planned at block ${plan.blockNumber}.`,
        'Run `npm run verify` on the release tag before signing.',
      ].join(' '),
      createdFromSafeAddress: getAddress(safe),
      createdFromOwnerAddress: '',
    },
    transactions: [{ to: plan.resolver, value: '0', data: plan.calldata }],
  }
  return { ...batch, meta: { ...batch.meta, checksum: safeBatchChecksum(batch) } }
}

/**
 * The checksum the Transaction Builder writes into `meta.checksum` and checks on load (it warns that
 * the file "was modified" when they differ): keccak256 of a serialisation with sorted keys, each object
 * as `{["key",…]value,value,}`, and `meta.name` set to null so renaming a batch keeps it valid.
 * Computed over the file without `meta.checksum`, as the Transaction Builder's `validateChecksum` does.
 *
 * @param batch The batch file, normally without `meta.checksum`.
 * @returns 0x-prefixed keccak256 hex.
 * @example
 * safeBatchChecksum({ version: '1.0', chainId: '1', createdAt: 0, meta: { name: 'x' }, transactions: [] })
 */
export function safeBatchChecksum(batch: { meta: object } & Record<string, unknown>): string {
  return id(serialise({ ...batch, meta: { ...batch.meta, name: null } }))
}

function serialise(json: unknown): string {
  if (Array.isArray(json)) return `[${json.map(serialise).join(',')}]`
  if (typeof json === 'object' && json !== null) {
    const record = json as Record<string, unknown>
    const keys = Object.keys(record).sort()
    return `{${JSON.stringify(keys)}${keys.map((key) => `${serialise(record[key])},`).join('')}}`
  }
  // The Transaction Builder turns undefined into null before hashing.
  return JSON.stringify(json === undefined ? null : json)
}
