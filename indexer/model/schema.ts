import { ensNormalize, getAddress, isAddress } from 'ethers'
import { z } from 'zod'

/**
 * The registry model. This file is the single source of truth: the validator, the indexer and the site
 * all read projects through these schemas.
 */

/** A lowercase, hyphenated identifier that is also a file name (`uniswap`, `ens-domains`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "my-project"')
  .max(64)
  .brand<'Slug'>()
export type Slug = z.output<typeof SlugSchema>

/** An https URL. Plain http, `javascript:` and `data:` URLs never reach a page. */
export const HttpsUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:'
    } catch {
      return false
    }
  }, 'must be a full https:// URL, e.g. "https://example.org"')

/** An EVM address in its EIP-55 checksummed form. */
export const AddressSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!/^0x[0-9a-fA-F]{40}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be 0x followed by 40 hexadecimal characters' })
      return
    }
    if (!isAddress(value) || getAddress(value) !== value) {
      ctx.addIssue({
        code: 'custom',
        message: `fails the EIP-55 checksum; write it as ${getAddress(value.toLowerCase())}`,
      })
    }
  })
  .brand<'Address'>()
export type Address = z.output<typeof AddressSchema>

/**
 * An ENS name in its ENSIP-15 normalized form (what ethers' `ensNormalize` returns): lowercase, with at
 * least one dot, e.g. "uniswap.eth". Written normalized in the YAML so the indexer reads the same name
 * ENS resolves.
 */
export const EnsNameSchema = z
  .string()
  .superRefine((value, ctx) => {
    let normalized: string
    try {
      normalized = ensNormalize(value)
    } catch (error) {
      // ethers says "invalid ENS name (<why>)"; keep the why.
      const said = (error as { shortMessage?: string }).shortMessage ?? ''
      const reason = /^invalid ENS name \((.*)\)$/s.exec(said)?.[1] ?? 'it cannot be normalized'
      ctx.addIssue({
        code: 'custom',
        message: `is not a valid ENS name: ${reason}; write it like "uniswap.eth"`,
      })
      return
    }
    if (normalized !== value) {
      ctx.addIssue({ code: 'custom', message: `is not ENSIP-15 normalized; write it as ${normalized}` })
    } else if (!/^[^.]+(?:\.[^.]+)+$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be a full name with a dot, e.g. "uniswap.eth"' })
    }
  })
  .brand<'EnsName'>()
export type EnsName = z.output<typeof EnsNameSchema>

/** Control characters other than tab and newlines hide text or break terminals and logs. */
function hasControlCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if ((code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f) return true
  }
  return false
}

/** Plain text shown literally on the site: no markup is interpreted. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), 'contains control characters')

/** How one project depends on or relates to another. Each type reads "<this project> <type> <target>". */
export const RELATION_TYPES = {
  'built-on': 'runs on or is deployed to the target (an L2 built on Ethereum, a dApp built on an L2)',
  integrates: 'uses the target as a component (a wallet that integrates a DEX aggregator)',
  'fork-of': 'started from the target’s code',
  bridges: 'moves assets or messages to or from the target',
  'oracle-for': 'supplies prices or data to the target',
  indexes: 'indexes or serves the target’s data',
  governs: 'controls the target’s upgrades or parameters (a DAO that governs a protocol)',
  'audited-by': 'had its contracts audited by the target (a security firm or audit contest)',
} as const
export const RelationTypeSchema = z.enum(Object.keys(RELATION_TYPES) as [keyof typeof RELATION_TYPES])
export type RelationType = z.output<typeof RelationTypeSchema>

export const RelationSchema = z.strictObject({
  /** One of RELATION_TYPES. */
  type: RelationTypeSchema,
  /** The slug of the other project (its file name without `.yaml`). */
  target: SlugSchema,
})
export type Relation = z.output<typeof RelationSchema>

/** What a contract does for its project. Each role is documented for contributors and shown on the site. */
export const CONTRACT_ROLES = {
  core: 'the protocol’s main entry point or logic (a pool manager, a lending pool, a registry)',
  factory: 'deploys the protocol’s pools, vaults or accounts',
  router: 'routes user calls through the protocol (swap routers, periphery)',
  token: 'a token contract (list fungible tokens under `tokens` too)',
  governance: 'a governor or voting contract',
  timelock: 'delays and executes governance decisions',
  treasury: 'holds the project’s funds',
  bridge: 'locks, mints or relays assets or messages between chains',
  oracle: 'publishes prices or other data on chain',
  registry: 'maps names or ids to records (the ENS registry, a token registry)',
  resolver: 'answers lookups for a registry (an ENS resolver)',
  vault: 'holds user deposits',
  'proxy-admin': 'administers upgradeable proxies',
  other: 'anything else; say what in the label',
} as const
export const ContractRoleSchema = z.enum(Object.keys(CONTRACT_ROLES) as [keyof typeof CONTRACT_ROLES])
export type ContractRole = z.output<typeof ContractRoleSchema>

export const ContractSchema = z.strictObject({
  /** The chain's id in `registry/chains.yaml`, e.g. "ethereum". */
  chain: SlugSchema,
  address: AddressSchema,
  /** What this contract is, e.g. "V3 Factory". */
  label: plainText(80),
  /** What it does for the project, one of CONTRACT_ROLES. */
  role: ContractRoleSchema,
  /** Where the address was checked: an explorer page or the project's own docs. */
  source: HttpsUrlSchema,
})
export type Contract = z.output<typeof ContractSchema>

export const TokenSchema = z.strictObject({
  chain: SlugSchema,
  address: AddressSchema,
  /** Ticker as the token contract reports it, e.g. "UNI". */
  symbol: z.string().regex(/^[A-Za-z0-9.$+-]{1,20}$/, 'use 1–20 letters, digits or . $ + -'),
  /** Decimals as the ERC-20 contract reports them, e.g. 18; optional. The indexer warns when they differ. */
  decimals: z.number().int().min(0).max(255).optional(),
  /** The token's name as its contract reports it, e.g. "Uniswap"; optional (the project's name otherwise). */
  name: plainText(40).optional(),
  source: HttpsUrlSchema,
})
export type Token = z.output<typeof TokenSchema>

export const PROJECT_STATUSES = ['active', 'deprecated', 'sunset', 'exploited'] as const

/** A short lowercase label, e.g. "amm" or "zk-rollup". */
export const TagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "zk-rollup"')
  .max(32)

/** Where to find the project besides its website. Every link is https. */
export const LinksSchema = z.strictObject({
  /** Its source code: a repository or the organisation that holds them, e.g. https://github.com/Uniswap */
  source: HttpsUrlSchema.optional(),
  /** Its documentation. */
  docs: HttpsUrlSchema.optional(),
  /** Its account on X (formerly Twitter). */
  x: HttpsUrlSchema.optional(),
  discord: HttpsUrlSchema.optional(),
  telegram: HttpsUrlSchema.optional(),
  farcaster: HttpsUrlSchema.optional(),
  /** Its governance or community forum. */
  forum: HttpsUrlSchema.optional(),
  blog: HttpsUrlSchema.optional(),
  /** Its whitepaper or specification. */
  whitepaper: HttpsUrlSchema.optional(),
})
export type Links = z.output<typeof LinksSchema>

/** A launch date, as precise as the source says: "2018", "2018-11" or "2018-11-02". */
export const LaunchDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2018-11"')
  .refine((value) => {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number)
    const date = new Date(Date.UTC(year, month - 1, day))
    return (
      year >= 1990 &&
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    )
  }, 'is not a real date')

export const ProjectSchema = z.strictObject({
  /** Display name, plain text. */
  name: plainText(60),
  /** One or two sentences in your own words, plain text. */
  description: plainText(400),
  /** A category id from `registry/categories.yaml`. */
  category: SlugSchema,
  /** A subcategory id listed under that category in `registry/categories.yaml`; optional. */
  subcategory: SlugSchema.optional(),
  /** Short labels for search and filters, e.g. [amm, governance-token]; at most 8, each once. */
  tags: z
    .array(TagSchema)
    .max(8, 'use at most 8 tags')
    .refine((tags) => new Set(tags).size === tags.length, 'lists the same tag twice')
    .default([]),
  /** The project's home page. */
  website: HttpsUrlSchema,
  /** Source code, docs and social accounts; optional. */
  links: LinksSchema.default({}),
  /** Its logo: an SVG file name in `registry/logos/`, e.g. "uniswap.svg"; a monogram is drawn without one. */
  logo: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/, 'name an .svg file in registry/logos/, e.g. "my-project.svg"')
    .optional(),
  /** When it launched (mainnet or first public release), as precise as its source; optional. */
  launched: z
    .union([
      LaunchDateSchema,
      // YAML reads a bare year (`launched: 2015`) as a number.
      z.number().int().min(1990).max(9999).transform(String),
    ])
    .optional(),
  /**
   * The project's own ENS name, normalized, e.g. "uniswap.eth"; optional. The indexer reads its address,
   * the reverse record of that address and its contenthash on every chain with an `ensRegistry`.
   */
  ens: EnsNameSchema.optional(),
  /** Chains it runs on, by id from `registry/chains.yaml`. */
  chains: z.array(SlugSchema).default([]),
  status: z.enum(PROJECT_STATUSES).default('active'),
  contracts: z.array(ContractSchema).default([]),
  tokens: z.array(TokenSchema).default([]),
  relations: z.array(RelationSchema).default([]),
  /**
   * Slugs of projects with a similar name, website or code organisation that this one is NOT a duplicate
   * of (ethers.js and ethers-rs); silences the validator's near-duplicate warning for those pairs.
   */
  distinctFrom: z.array(SlugSchema).default([]),
  /** Where the facts in this file come from. */
  sources: z.array(HttpsUrlSchema).min(1, 'list at least one source for the facts in this file'),
})
export type ProjectInput = z.input<typeof ProjectSchema>
/** A project as the rest of the Atlas sees it: validated, with its slug. */
export type Project = z.output<typeof ProjectSchema> & { slug: Slug }

export const SubcategorySchema = z.strictObject({
  id: SlugSchema,
  name: plainText(60),
})
export type Subcategory = z.output<typeof SubcategorySchema>

export const CategorySchema = z.strictObject({
  id: SlugSchema,
  name: plainText(60),
  description: plainText(300),
  /** Finer groups a project may name in `subcategory`. */
  subcategories: z.array(SubcategorySchema).default([]),
})
export type Category = z.output<typeof CategorySchema>
export const CategoriesFileSchema = z.strictObject({ categories: z.array(CategorySchema).min(1) })

export const ChainSchema = z.strictObject({
  /** Short id used by projects, e.g. "ethereum". */
  id: SlugSchema,
  /** EIP-155 chain id. */
  chainId: z.number().int().positive(),
  name: plainText(60),
  /** Explorer address page with `{address}` where the address goes. */
  explorer: HttpsUrlSchema.refine((url) => url.includes('%7Baddress%7D') || url.includes('{address}'), {
    message: 'must contain {address}',
  }),
  /** Name of the environment variable holding this chain's RPC URL. */
  rpcEnv: z.string().regex(/^RPC_URL_[A-Z0-9_]+$/, 'must look like RPC_URL_ETHEREUM'),
  /** Multicall3 deployment, if any. */
  multicall3: AddressSchema.optional(),
  /**
   * The ENS registry on this chain, if ENS lives there (mainnet: 0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e).
   * Projects' `ens` names are read on every chain that has one.
   */
  ensRegistry: AddressSchema.optional(),
})
export type Chain = z.output<typeof ChainSchema>
export const ChainsFileSchema = z.strictObject({ chains: z.array(ChainSchema).min(1) })

/** Everything the registry holds, validated and cross-checked. */
export interface Registry {
  categories: Category[]
  chains: Chain[]
  projects: Project[]
}
