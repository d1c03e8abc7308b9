import type { ChainOutcome } from '../indexRegistry.ts'

/**
 * What a run changed, for people (the data PR's description, `npm run index -- --summary`): per chain the
 * blocks compared and one line per change, registry-driven changes marked `[registry]`; a chain's first
 * snapshot, an unchanged chain, and chains not read say so. Pure.
 *
 * @example
 * formatChangeSummary(report.chains)
 * // ethereum (block 21000000 → 21007200): 1 change
 * // - Aave V3 Pool (Ethereum core market) (0x8787…A4E2): implementation changed at block 21007200 (0x5fAa…9f26 → 0x8147…4b5c)
 */
export function formatChangeSummary(chains: readonly ChainOutcome[]): string {
  return `${chains.map(describeOutcome).join('\n\n')}\n`
}

function describeOutcome(outcome: ChainOutcome): string {
  switch (outcome.status) {
    case 'skipped':
      return `${outcome.chain}: not read (no RPC URL); snapshot kept as it was`
    case 'rejected':
      return `${outcome.chain}: not read: ${outcome.error.shortMessage}`
    case 'unreachable':
      return outcome.written
        ? `${outcome.chain}: RPC unreachable; kept the previous values with ${outcome.stale} stale mark(s)`
        : `${outcome.chain}: RPC unreachable; nothing written`
    case 'indexed': {
      const stale = outcome.stale > 0 ? `; ${outcome.stale} value(s) could not be read and are stale` : ''
      const counts =
        `${outcome.contracts} contract(s), ${outcome.tokens} token(s), ` +
        `${outcome.erc721} ERC-721 collection(s), ${outcome.ens} ENS name(s)`
      if (outcome.reproduced) {
        return `${outcome.chain}: read again at block ${outcome.block.number} (--at): ${counts}${stale}; history untouched`
      }
      if (outcome.previousBlock === undefined) {
        return `${outcome.chain}: first snapshot, at block ${outcome.block.number}: ${counts}${stale}`
      }
      if (outcome.changes.length === 0) {
        return `${outcome.chain} (block ${outcome.previousBlock} → ${outcome.block.number}): no changes${stale}`
      }
      const lines = outcome.changes.map(
        (change) => `- ${change.tag === 'registry' ? '[registry] ' : ''}${change.message}`,
      )
      const n = outcome.changes.length
      return [
        `${outcome.chain} (block ${outcome.previousBlock} → ${outcome.block.number}): ${n} change${n === 1 ? '' : 's'}${stale}`,
        ...lines,
      ].join('\n')
    }
  }
}
