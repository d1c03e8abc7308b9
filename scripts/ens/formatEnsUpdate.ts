import type { DecodedContenthash } from './encodeContenthash.ts'
import { formatContenthash } from './encodeContenthash.ts'
import { canonicalCid } from './parseCid.ts'
import { findRelease, type ReleaseHistory } from './releaseHistory.ts'
import type { EnsUpdateResult } from './updateEnsContenthash.ts'

/** Extra context for {@link formatEnsUpdate}. */
export interface FormatOptions {
  /** Known releases, to name the versions of the current and target CIDs. */
  history?: ReleaseHistory
  /** Where the CLI wrote the Safe batch. */
  batchPath?: string
}

/**
 * Renders what `npm run ens` did as lines a person (or a CI log) reads: the plan's facts one per line,
 * then one sentence saying what happened and what to do next. Never contains a key: none reaches it.
 *
 * @param result What `updateEnsContenthash` returned.
 * @param options Release history for version labels, and the Safe batch's path.
 * @returns The lines, without trailing newlines.
 * @example
 * console.log(formatEnsUpdate(result, { batchPath: 'safe-batch.json' }).join('\n'))
 */
export function formatEnsUpdate(result: EnsUpdateResult, options: FormatOptions = {}): string[] {
  const { plan } = result
  const { history } = options
  const label = (record: DecodedContenthash) => {
    const release = record.kind === 'ipfs' && history ? findRelease(history, record.cid) : undefined
    return `${formatContenthash(record)}${release ? ` (${release.version}, tag ${release.tag})` : ''}`
  }
  const target = canonicalCid(plan.target)
  const facts: Array<[string, string]> = [
    ['name', plan.name.given ? `${plan.name.name} (normalised from "${plan.name.given}")` : plan.name.name],
    ['namehash', plan.name.node],
    ['chain', plan.chainId.toString()],
    ['block', String(plan.blockNumber)],
    ['registry', plan.registry],
    ['owner', plan.owner],
    ['resolver', plan.resolver],
    ['current', label(plan.current)],
    ['target', label({ kind: 'ipfs', cid: plan.target })],
    ['contenthash', plan.contenthash],
  ]
  if (plan.kind === 'update') facts.push(['calldata', plan.calldata])
  const lines = facts.map(([key, value]) => `${key.padEnd(12)} ${value}`)
  lines.push('')
  switch (result.kind) {
    case 'up-to-date':
      lines.push(`${plan.name.name} already points at ${target}, nothing to do.`)
      break
    case 'dry-run':
      lines.push(
        'Dry run: nothing was sent.',
        `To apply, send the calldata to the resolver ${plan.resolver} from the owner, or rerun with --safe <address>.`,
      )
      break
    case 'sent':
      lines.push(
        `Sent ${result.sent.transaction} from ${result.sent.from}, mined in block ${result.sent.blockNumber}.`,
        `${plan.name.name} now points at ${target} (read back at that block).`,
      )
      if (result.sent.from !== plan.owner) {
        lines.push(
          `Sent as a resolver delegate of ${plan.owner}: that key can change every record of the name, not only its contenthash.`,
        )
      }
      break
    case 'safe':
      lines.push(
        `Wrote ${options.batchPath ?? 'the Safe batch'}: load it in the Safe{Wallet} Transaction Builder of ${result.batch.meta.createdFromSafeAddress} on chain ${result.batch.chainId}.`,
        'Nothing was sent. Signers: run `npm run verify` for the release first, and check the calldata above before signing.',
      )
      if (!result.safeIsContract) {
        lines.push(
          `Warning: ${result.batch.meta.createdFromSafeAddress} has no contract code on chain ${result.batch.chainId}: it is not a Safe.`,
        )
      }
      break
  }
  return lines
}
