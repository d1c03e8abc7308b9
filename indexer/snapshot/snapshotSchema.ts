import { z } from 'zod'

/**
 * The committed on-chain snapshot of one chain: `snapshot/<chain-id>.json`. Every fact in it was read at
 * `block`; nothing in it depends on the time the indexer ran.
 */

const HexSchema = z.string().regex(/^0x[0-9a-f]*$/)
/** A value that could not be read on the last run: the last good value stays, with the reason. */
export const StaleSchema = z.strictObject({ reason: z.string(), sinceBlock: z.number().int().nonnegative() })

export const ContractFactsSchema = z.strictObject({
  /** Whether the address holds code at the block (false: an EOA or a wrong address). */
  hasCode: z.boolean(),
  /** keccak256 of the runtime code, so a changed deployment shows as a diff. */
  codeHash: HexSchema.optional(),
  stale: StaleSchema.optional(),
})
export type ContractFacts = z.output<typeof ContractFactsSchema>

export const TokenFactsSchema = z.strictObject({
  name: z.string(),
  symbol: z.string(),
  decimals: z.number().int().min(0).max(255),
  /** Decimal string of the raw (unscaled) total supply. */
  totalSupply: z.string().regex(/^\d+$/),
  stale: StaleSchema.optional(),
})
export type TokenFacts = z.output<typeof TokenFactsSchema>

export const ChainSnapshotSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  chain: z.string(),
  chainId: z.number().int().positive(),
  block: z.strictObject({
    number: z.number().int().nonnegative(),
    hash: HexSchema,
    /** Unix seconds, from the block header. */
    timestamp: z.number().int().nonnegative(),
  }),
  /** sha256 of the registry files the snapshot was made from. */
  registryHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Keyed by checksummed address. */
  contracts: z.record(z.string(), ContractFactsSchema),
  /** Keyed by checksummed address. */
  tokens: z.record(z.string(), TokenFactsSchema),
})
export type ChainSnapshot = z.output<typeof ChainSnapshotSchema>
