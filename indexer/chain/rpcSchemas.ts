import { z } from 'zod'

/**
 * Shapes of the raw JSON-RPC results the indexer uses. Every result is parsed with one of these before
 * anything else looks at it.
 */

/** A JSON-RPC quantity (`0x1a`) that fits a JavaScript number exactly, as a number. */
export const QuantitySchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{1,16}$/, 'must be a hex quantity such as 0x1a')
  .transform((hex) => Number(BigInt(hex)))
  .refine(Number.isSafeInteger, 'is too large for a block number or chain id')

/** Hex data (`0x…`, even length), lowercased. */
export const HexDataSchema = z
  .string()
  .regex(/^0x(?:[0-9a-fA-F]{2})*$/, 'must be 0x followed by whole bytes of hex')
  .transform((hex) => hex.toLowerCase())

/** The fields of an `eth_getBlockByNumber` result the snapshot records. */
export const BlockHeaderSchema = z.object({
  number: QuantitySchema,
  hash: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, 'must be a 32-byte hash')
    .transform((hash) => hash.toLowerCase()),
  timestamp: QuantitySchema,
})
/** A block header as the snapshot records it: numbers, and a lowercase hash. */
export type BlockHeader = z.output<typeof BlockHeaderSchema>
