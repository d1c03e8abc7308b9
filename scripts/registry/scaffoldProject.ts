import { BaseError } from '../../indexer/errors/BaseError.ts'
import { CONTRACT_ROLES, PROJECT_STATUSES, RELATION_TYPES } from '../../indexer/model/schema.ts'

/** Thrown when a project name has no letter or digit to make a slug from. */
export class ProjectNameInvalidError extends BaseError {
  override name = 'ProjectNameInvalidError'
  readonly projectName: string
  constructor({ projectName }: { projectName: string }) {
    super(`"${projectName}" gives no file name: it has no ASCII letter or digit.`, {
      metaMessages: ['Give the name with Latin letters or digits, e.g. `npm run new -- "My Project"`.'],
    })
    this.projectName = projectName
  }
}

/** A new project file, not yet written. */
export interface ScaffoldedProject {
  /** The file name without `.yaml`, e.g. `the-graph`. */
  slug: string
  /** The YAML text. */
  text: string
}

// The schema's slug limit (SlugSchema max 64).
const MAX_SLUG_LENGTH = 64

/**
 * Derives a registry slug from a display name: lowercase ASCII letters and digits, runs of anything
 * else turned into one hyphen, accents dropped (`Ünïswap v3` → `uniswap-v3`).
 *
 * @param name The project's display name.
 * @returns The slug, at most 64 characters.
 * @throws {ProjectNameInvalidError} when nothing is left (`"💎"`, `"---"`).
 * @example
 * slugFromName('The Graph') // 'the-graph'
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH + 1)
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')
  if (slug === '') throw new ProjectNameInvalidError({ projectName: name })
  return slug
}

/**
 * Writes the text of a new project file: the schema line for editors, then every field of the project
 * schema. Required fields are left empty (`''`, `[]`), so `npm run validate` points at each one until
 * it is filled; optional fields are commented out with an example. The name is the one given.
 * Pure: no file is read or written.
 *
 * @param name The project's display name, e.g. `"The Graph"`.
 * @returns The slug and the file text.
 * @throws {ProjectNameInvalidError} when the name gives an empty slug.
 * @example
 * const { slug, text } = scaffoldProject('The Graph') // slug 'the-graph'
 */
export function scaffoldProject(name: string): ScaffoldedProject {
  const slug = slugFromName(name)
  // JSON strings are valid YAML double-quoted scalars: any name stays literal text.
  const quotedName = JSON.stringify(name.trim())
  const text = `# yaml-language-server: $schema=../schema/project.schema.json
# Every field is described in registry/README.md. Fill in the empty required fields, uncomment the
# optional ones you can source, delete the rest, then run \`npm run validate\`.
name: ${quotedName}  # required. Display name, plain text, at most 60 characters.
description: ''  # required. One or two sentences in your own words, plain text, at most 400.
category: ''  # required. An id from registry/categories.yaml, e.g. dex.
# subcategory: amm  # optional. An id listed under the category in registry/categories.yaml.
# tags: [amm, governance-token]  # optional. Up to 8 lowercase-hyphenated labels.
website: ''  # required. The official home page, https only, e.g. https://example.org
# links:  # optional. Every link https.
#   source: https://github.com/example  # the repository, or the organisation that holds it
#   docs: https://docs.example.org
#   x: https://x.com/example  # also: discord, telegram, farcaster, forum, blog, whitepaper
# logo: ${slug}.svg  # optional. An SVG in registry/logos/; a monogram is drawn without one.
# launched: '2020-05'  # optional. YYYY, YYYY-MM or YYYY-MM-DD, as precise as your source.
# ens: example.eth  # optional. The project's ENS name, normalized.
# chains: [ethereum]  # optional. Ids from registry/chains.yaml.
# status: active  # optional. One of ${PROJECT_STATUSES.join(', ')}; active when left out.
# contracts:  # optional. Main contracts, only addresses you have checked.
#   - chain: ethereum
#     address: '0x0000000000000000000000000000000000000000'  # EIP-55 checksummed, quoted
#     label: Factory
#     role: factory  # ${Object.keys(CONTRACT_ROLES).join(', ')}
#     source: https://example.org/docs/deployments
# tokens:  # optional. Tokens the project issues.
#   - chain: ethereum
#     address: '0x0000000000000000000000000000000000000000'
#     symbol: TKN
#     decimals: 18  # optional
#     name: Example Token  # optional, as the contract reports it
#     source: https://example.org/token
# relations:  # optional. Read "<this project> <type> <target>".
#   - type: built-on  # ${Object.keys(RELATION_TYPES).join(', ')}
#     target: ethereum  # another project's slug
# distinctFrom: [other-project]  # optional. Similar-looking projects this is NOT a duplicate of.
sources: []  # required. Where the facts come from, https URLs: replace [] with a list like
#   - https://example.org
`
  return { slug, text }
}
