import { z } from 'zod'

/**
 * `snapshot/<chain-id>.history.json`: what changed between snapshots, one entry per run that changed
 * something, oldest first. Written beside the snapshot by `npm run index`; never edited by hand.
 */

/** One change between two snapshots of a chain. */
export const ChangeSchema = z.strictObject({
  /** `onchain`: the chain says something new; `registry`: the registry added or removed the entry. */
  tag: z.enum(['onchain', 'registry']),
  /** Which map of the snapshot the entry is in. */
  subject: z.enum(['contract', 'token', 'erc721', 'ens']),
  /** The entry's key: a checksummed address, or an ENS name. */
  key: z.string(),
  /**
   * What changed: `added`, `removed`, `firstRead`, `code`, `proxy`, `implementation`, `owner`, `admin`,
   * `name`, `symbol`, `decimals`, `totalSupply`, `resolver`, `address`, `reverseName`, `contenthash`.
   */
  field: z.string(),
  /** The value before and after, as short text (addresses in full); absent where there was none. */
  before: z.string().optional(),
  after: z.string().optional(),
  /** One line for people, e.g. "Aave V3 Pool (0x8787…A4E2): implementation changed at block 21000000 (…)". */
  message: z.string(),
})
export type Change = z.output<typeof ChangeSchema>

/** One indexer run that changed something: the blocks compared and what changed between them. */
export const HistoryRunSchema = z.strictObject({
  fromBlock: z.number().int().nonnegative(),
  toBlock: z.number().int().nonnegative(),
  changes: z.array(ChangeSchema).min(1),
})
export type HistoryRun = z.output<typeof HistoryRunSchema>

export const ChainHistorySchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  chain: z.string(),
  chainId: z.number().int().positive(),
  /** Oldest first. */
  runs: z.array(HistoryRunSchema),
})
export type ChainHistory = z.output<typeof ChainHistorySchema>
