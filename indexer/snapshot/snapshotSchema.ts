import { z } from 'zod'

/**
 * The committed on-chain snapshot of one chain: `snapshot/<chain-id>.json`. Every fact in it was read at
 * `block`; nothing in it depends on the time the indexer ran.
 *
 * Version 2 adds `indexerVersion`, per-contract `proxy` and `control`, and the `erc721` and `ens` maps.
 * Version 1 files still parse (those fields are absent) and become version 2 on the next run.
 */

const HexSchema = z.string().regex(/^0x[0-9a-f]*$/)
/** A checksummed address as the indexer writes it (ethers `getAddress`). */
const AddressHexSchema = z.string().regex(/^0x[0-9a-fA-F]{40}$/)

/** A value that could not be read on the last run: the last good value stays, with the reason. */
export const StaleSchema = z.strictObject({ reason: z.string(), sinceBlock: z.number().int().nonnegative() })

export const CONTROLLER_KINDS = ['eoa', 'safe', 'timelock', 'contract', 'renounced'] as const
/** What kind of account can change a contract. */
export type ControllerKind = (typeof CONTROLLER_KINDS)[number]

/** One account that can change a contract, and what kind of account it is. */
export const ControllerSchema = z.strictObject({
  address: AddressHexSchema,
  /**
   * `eoa`: no code (or an EIP-7702 delegation: the key still rules); `safe`: answers `getThreshold()` and
   * `getOwners()`; `timelock`: answers `getMinDelay()`; `contract`: any other code; `renounced`: the zero address.
   */
  kind: z.enum(CONTROLLER_KINDS),
  /** For a Safe: signatures needed. */
  threshold: z.number().int().positive().optional(),
  /** For a Safe: number of owners. */
  owners: z.number().int().positive().optional(),
  /** For a timelock: seconds every operation waits. */
  minDelay: z.number().int().nonnegative().optional(),
  /** The ProxyAdmin or beacon this account acts through (its `owner()`), when there is one. */
  via: AddressHexSchema.optional(),
})
export type Controller = z.output<typeof ControllerSchema>

/** Who can change a contract: its `owner()` and its upgrade admin, and the kind the map colours by. */
export const ControlSchema = z.strictObject({
  /** `admin.kind` when there is an admin, else `owner.kind`, else `none` (no owner function, no admin). */
  kind: z.enum([...CONTROLLER_KINDS, 'none']),
  /** What `owner()` returns (OpenZeppelin Ownable and most others); absent when it has no such function. */
  owner: ControllerSchema.optional(),
  /**
   * Who can replace the code: the EIP-1967 admin (through its ProxyAdmin, `via`), a beacon's owner, or
   * the account itself for a Safe or an EIP-7702 account. Absent for code nobody can replace this way.
   */
  admin: ControllerSchema.optional(),
})
export type Control = z.output<typeof ControlSchema>

export const PROXY_KINDS = ['eip1967', 'eip1967-beacon', 'eip1167', 'eip7702', 'safe'] as const
/** The proxy patterns the indexer recognises. */
export type ProxyKind = (typeof PROXY_KINDS)[number]

/** Where a proxy's logic lives, so an upgrade shows as a diff. */
export const ProxySchema = z.strictObject({
  kind: z.enum(PROXY_KINDS),
  /** The logic contract (Safe: singleton; EIP-7702: delegate; EIP-1167: clone target). */
  implementation: AddressHexSchema,
  /** keccak256 of the implementation's code; absent when it holds none. */
  implementationCodeHash: HexSchema.optional(),
  /** For `eip1967-beacon`: the beacon asked for the implementation. */
  beacon: AddressHexSchema.optional(),
})
export type ProxyFacts = z.output<typeof ProxySchema>

export const ContractFactsSchema = z.strictObject({
  /** Whether the address holds code at the block (false: an EOA or a wrong address). */
  hasCode: z.boolean(),
  /** keccak256 of the runtime code, so a changed deployment shows as a diff. */
  codeHash: HexSchema.optional(),
  /** Present when the code is a proxy the indexer recognises. */
  proxy: ProxySchema.optional(),
  /** Present for every address with code (version 2). */
  control: ControlSchema.optional(),
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

/** A registry token that is an ERC-721 collection (ERC-165 `0x80ac58cd`). */
export const Erc721FactsSchema = z.strictObject({
  /** Absent when the collection has no metadata extension. */
  name: z.string().optional(),
  symbol: z.string().optional(),
  /** Decimal string; present only for enumerable collections. */
  totalSupply: z.string().regex(/^\d+$/).optional(),
  stale: StaleSchema.optional(),
})
export type Erc721Facts = z.output<typeof Erc721FactsSchema>

/** A decoded ENSIP-7 contenthash. */
export const ContenthashSchema = z.strictObject({
  /** `ipfs`, `ipns`, `swarm`, `arweave`…, or `unknown` (then `value` is the raw hex). */
  codec: z.string(),
  /** ipfs: CIDv1 base32; ipns: the name (base36 key); swarm: hex hash. */
  value: z.string(),
})
export type Contenthash = z.output<typeof ContenthashSchema>

/** A project's ENS name, read from the registry and resolver contracts at the block. */
export const EnsFactsSchema = z.strictObject({
  /** The name's owner in the ENS registry (a NameWrapper shows as a contract). */
  owner: ControllerSchema,
  /** Absent when the name has no resolver. */
  resolver: AddressHexSchema.optional(),
  /** `addr(node)`; absent when unset. */
  address: AddressHexSchema.optional(),
  /** The name the reverse record of `address` gives (`<addr>.addr.reverse`); absent when none. */
  reverseName: z.string().optional(),
  /** Whether `reverseName` is this name: the address claims it back (its primary name). */
  primary: z.boolean(),
  contenthash: ContenthashSchema.optional(),
  stale: StaleSchema.optional(),
})
export type EnsFacts = z.output<typeof EnsFactsSchema>

export const ChainSnapshotSchema = z.strictObject({
  /** Format version of this file; the indexer writes 2 and reads 1 (see the migration note above). */
  version: z.union([z.literal(1), z.literal(2)]),
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
  /** `version` of the package.json of the indexer that wrote the file (version 2). */
  indexerVersion: z.string().optional(),
  /** Keyed by checksummed address. */
  contracts: z.record(z.string(), ContractFactsSchema),
  /** ERC-20 tokens, keyed by checksummed address. */
  tokens: z.record(z.string(), TokenFactsSchema),
  /** ERC-721 collections listed as tokens, keyed by checksummed address (version 2). */
  erc721: z.record(z.string(), Erc721FactsSchema).optional(),
  /** Projects' ENS names, keyed by name, on chains with an ENS registry (version 2). */
  ens: z.record(z.string(), EnsFactsSchema).optional(),
})
export type ChainSnapshot = z.output<typeof ChainSnapshotSchema>
