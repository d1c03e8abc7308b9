import { getAddress } from 'ethers'
import { stringify } from 'yaml'
import { BaseError } from '../../../indexer/errors/BaseError.ts'
import {
  CONTRACT_ROLES,
  type ContractRole,
  type ProjectInput,
  RELATION_TYPES,
  type RelationType,
} from '../../../indexer/model/schema.ts'
import { mulberry32 } from '../../../indexer/random/mulberry32.ts'

/** A category as the generator needs it: its id, name and subcategory ids. */
export interface GeneratorCategory {
  id: string
  name: string
  subcategories: readonly string[]
}

export interface GenerateRegistryOptions {
  /** How many projects, e.g. 10_000. */
  projects: number
  /** How many typed relations in total, e.g. 40_000. */
  relations: number
  /** Seed for mulberry32; the same seed gives the same files. */
  seed: number
  /** The real categories (from registry/categories.yaml). */
  categories: readonly GeneratorCategory[]
  /** The real chain ids (from registry/chains.yaml). */
  chains: readonly string[]
}

/** One generated project: its slug (the file name without `.yaml`), its data and its YAML text. */
export interface SyntheticProject {
  slug: string
  project: ProjectInput
  yaml: string
}

/** Thrown when more relations are asked for than the projects can hold without duplicates or loops. */
export class SyntheticRegistryTooDenseError extends BaseError {
  override name = 'SyntheticRegistryTooDenseError'
  constructor({ projects, relations, capacity }: { projects: number; relations: number; capacity: number }) {
    super(`${relations} relations do not fit between ${projects} projects (at most ${capacity} here).`, {
      metaMessages: ['Ask for fewer relations (--relations) or more projects (--projects).'],
    })
  }
}

// Relation types the validator requires to be acyclic: generated only from a later project to an earlier
// one, so no loop can form.
const ACYCLIC: ReadonlySet<RelationType> = new Set(['built-on', 'fork-of', 'governs'])
const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as RelationType[]
const ROLES = Object.keys(CONTRACT_ROLES) as ContractRole[]
const CONSONANTS = 'bdfgklmnprstvz'
const VOWELS = 'aeiou'
const TAGS = ['evm', 'defi', 'governance-token', 'open-source', 'zk', 'nft', 'staking', 'tooling', 'mobile']
const STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'deprecated', 'sunset'] as const

/**
 * Generates a synthetic registry that the real validator accepts: `projects` projects spread over the given
 * categories, subcategories and chains, `relations` typed relations (no self relation, none listed twice,
 * `built-on`, `fork-of` and `governs` only from a later project to an earlier one so they never loop),
 * distinct websites, pronounceable names far apart from each other (so the near-duplicate check stays
 * quiet), tokens and contracts at EIP-55 checksummed addresses on some projects, and no logos. Earlier
 * projects are relation hubs, as Ethereum is in the real registry. Pure and deterministic for a seed.
 *
 * @param options Sizes, seed, and the real categories and chains.
 * @returns The projects in slug-independent generation order, each with its YAML file text.
 * @throws {SyntheticRegistryTooDenseError} when `relations` cannot fit between `projects` projects.
 * @example
 * const files = generateRegistry({ projects: 50, relations: 150, seed: 1, categories, chains: ['ethereum'] })
 * files[0].yaml // 'name: Kadomi Fetarulo\n…'
 */
export function generateRegistry(options: GenerateRegistryOptions): SyntheticProject[] {
  const { projects: count, relations, seed, categories, chains } = options
  // Rejection sampling stays fast while at most half of the possible relations are taken.
  const capacity = Math.floor((count * (count - 1) * (RELATION_TYPE_IDS.length - ACYCLIC.size / 2)) / 2)
  if (relations > capacity) throw new SyntheticRegistryTooDenseError({ projects: count, relations, capacity })
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

  const names = uniqueNames(count, random)
  const usedAddresses = new Set<string>()
  const address = (): string => {
    for (;;) {
      const hex = Array.from({ length: 20 }, () =>
        Math.floor(random() * 256)
          .toString(16)
          .padStart(2, '0'),
      ).join('')
      if (usedAddresses.has(hex)) continue
      usedAddresses.add(hex)
      return getAddress(`0x${hex}`)
    }
  }

  const projects = names.map((name, i): SyntheticProject['project'] & { slug: string } => {
    const slug = name.toLowerCase().replace(' ', '-')
    const category = pick(categories)
    const subcategory =
      category.subcategories.length > 0 && random() < 0.8 ? pick(category.subcategories) : undefined
    const projectChains = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(chains))),
    ]
    const website = `https://${slug}.example`
    const project: SyntheticProject['project'] & { slug: string } = {
      slug,
      name,
      description: `${name} is a synthetic ${category.name.toLowerCase()} project generated for the site benchmark (#${i}). It exists to measure how the Atlas behaves with thousands of projects.`,
      category: category.id,
      ...(subcategory ? { subcategory } : {}),
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))],
      website,
      ...(random() < 0.5 ? { links: { source: `https://github.com/${slug}`, docs: `${website}/docs` } } : {}),
      ...(random() < 0.6 ? { launched: String(2015 + Math.floor(random() * 11)) } : {}),
      chains: projectChains,
      status: pick(STATUSES),
      relations: [],
      sources: [website],
    }
    const chain = projectChains[0] as string
    if (random() < 0.25) {
      project.contracts = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, c) => ({
        chain,
        address: address(),
        label: `${name} contract ${c + 1}`,
        role: pick(ROLES),
        source: `${website}/docs`,
      }))
    }
    if (random() < 0.2) {
      project.tokens = [
        {
          chain,
          address: address(),
          symbol: name.slice(0, 4).toUpperCase(),
          decimals: 18,
          source: `${website}/token`,
        },
      ]
    }
    return project
  })

  const seen = new Set<string>()
  for (let added = 0; added < relations; ) {
    const from = Math.floor(random() * count)
    const type = pick(RELATION_TYPE_IDS)
    // Squaring skews targets towards the first projects: a few hubs, a long tail.
    const skew = random() ** 2
    const target = ACYCLIC.has(type) ? Math.floor(from * skew) : Math.floor(count * skew)
    if (target === from || target < 0) continue
    const key = `${from} ${type} ${target}`
    if (seen.has(key)) continue
    seen.add(key)
    const source = projects[from] as (typeof projects)[number]
    source.relations = [
      ...(source.relations ?? []),
      { type, target: (projects[target] as typeof source).slug },
    ]
    added++
  }

  return projects.map(({ slug, ...project }) => ({
    slug,
    project,
    yaml: stringify(project, { lineWidth: 0 }),
  }))
}

/**
 * Two-word names like "Kadomi Fetarulo": seven random consonant–vowel syllables. Normalized they are 14
 * letters, so two names 1 or 2 edits apart (which the validator would flag) are rare, and exact repeats are
 * redrawn.
 */
function uniqueNames(count: number, random: () => number): string[] {
  const syllable = () =>
    `${CONSONANTS[Math.floor(random() * CONSONANTS.length)]}${VOWELS[Math.floor(random() * VOWELS.length)]}`
  const word = (syllables: number) => {
    const text = Array.from({ length: syllables }, syllable).join('')
    return `${text[0]?.toUpperCase()}${text.slice(1)}`
  }
  const seen = new Set<string>()
  const names: string[] = []
  while (names.length < count) {
    const name = `${word(3)} ${word(4)}`
    if (seen.has(name)) continue
    seen.add(name)
    names.push(name)
  }
  return names
}
