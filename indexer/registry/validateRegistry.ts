import type { z } from 'zod'
import {
  CategoriesFileSchema,
  ChainsFileSchema,
  ContractSchema,
  type Project,
  ProjectSchema,
  type Registry,
  RelationSchema,
  type RelationType,
  type Slug,
  SlugSchema,
  TokenSchema,
} from '../model/schema.ts'
import { closestMatch } from './closestMatch.ts'
import { fieldPath } from './fieldPath.ts'
import { findNearDuplicates, websiteIdentity } from './findNearDuplicates.ts'
import { findRelationCycles, type RelationEdge } from './findRelationCycles.ts'
import { type Problem, sortProblems } from './Problem.ts'
import { type ParsedSource, parseYamlSource, type SourceFile } from './parseYamlSource.ts'
import { crossCheckReference, type ReferenceData } from './reference/crossCheckReference.ts'

/** The registry's files, as text, keyed by role. */
export interface RegistrySources {
  categories: SourceFile
  chains: SourceFile
  projects: SourceFile[]
}

export interface RegistryValidation {
  /** Present only when there is no error (warnings allowed). */
  registry?: Registry
  /** Every problem in every file, sorted by file and position. */
  problems: Problem[]
  /** The logo every readable project file names (or not), for the logo check, even when there are errors. */
  logoRequests?: Array<{ slug: string; name: string; logo?: string }>
}

// Relation types that say "comes before": a loop would make no sense.
const ACYCLIC_RELATIONS: readonly RelationType[] = ['built-on', 'fork-of', 'governs']

/**
 * Validates the whole registry at once and cross-checks it: categories, chains and relation targets must
 * exist, slugs must match file names and be unique, ENS names belong to one project, relations are not
 * listed twice and `built-on`, `fork-of` and `governs` never loop. Projects that look like duplicates of
 * each other get warnings, which do not withhold the registry. Given `reference` lists (a public chain list
 * and token list), disagreements with them are warnings naming both values. Pure: give it file texts, get
 * problems back.
 *
 * @example
 * const { registry, problems } = validateRegistry({ categories, chains, projects })
 */
export function validateRegistry(sources: RegistrySources, reference?: ReferenceData): RegistryValidation {
  const problems: Problem[] = []

  const categoriesFile = complete(parseWith(sources.categories, CategoriesFileSchema, problems))
  const chainsFile = complete(parseWith(sources.chains, ChainsFileSchema, problems))
  const categories = categoriesFile?.value.categories ?? []
  const chains = chainsFile?.value.chains ?? []
  if (categoriesFile) reportDuplicateIds(sources.categories.path, categoriesFile, 'categories', problems)
  if (chainsFile) reportDuplicateIds(sources.chains.path, chainsFile, 'chains', problems)

  const parsedProjects: Array<{ project: Project; parsed: ParsedSource; file: string }> = []
  const slugsSeen = new Map<string, string>()
  const bySlug = (a: SourceFile, b: SourceFile) => (slugFromPath(a.path) < slugFromPath(b.path) ? -1 : 1)
  for (const source of [...sources.projects].sort(bySlug)) {
    const slug = slugFromPath(source.path)
    const slugResult = SlugSchema.safeParse(slug)
    if (!slugResult.success) {
      problems.push(
        fileProblem(
          source.path,
          `file name "${slug}.yaml" is not a valid slug`,
          'rename it, e.g. my-project.yaml',
        ),
      )
      continue
    }
    const earlier = slugsSeen.get(slug.toLowerCase())
    if (earlier) {
      problems.push(
        fileProblem(source.path, `duplicate slug: ${earlier} already uses it`, 'pick another file name'),
      )
      continue
    }
    slugsSeen.set(slug.toLowerCase(), source.path)
    const result = parseWith(source, ProjectSchema, problems)
    // A file with schema errors still takes part in the cross-file checks with the fields that are
    // valid, so one run reports everything (an unknown category and a misspelled relation target too).
    if (result)
      parsedProjects.push({
        project: { ...(result.value ?? salvageProject(result.parsed.data)), slug: slugResult.data },
        parsed: result.parsed,
        file: source.path,
      })
  }

  const categoryIds = categories.map((category) => category.id)
  const chainIds = chains.map((chain) => chain.id)
  // Every file with a valid name is a project, even one with errors of its own: a relation to it is not
  // "unknown", and its errors are reported once, in its file.
  const projectSlugs = [...slugsSeen.keys()]
  // Membership is checked once per relation: a set keeps that linear at 10,000 projects.
  const knownSets = new Map<readonly string[], Set<string>>()
  const isKnown = (value: string, known: readonly string[]) => {
    let set = knownSets.get(known)
    if (!set) {
      set = new Set(known)
      knownSets.set(known, set)
    }
    return set.has(value)
  }
  const websites = new Map<string, Slug>()
  const addresses = new Map<string, Slug>()
  const ensNames = new Map<string, Slug>()
  const edges = new Map<RelationType, RelationEdge[]>()
  const reporters = new Map<
    string,
    (path: PropertyKey[], message: string, fix?: string, severity?: Problem['severity']) => void
  >()

  for (const { project, parsed, file } of parsedProjects) {
    const report = (
      path: PropertyKey[],
      message: string,
      fix?: string,
      severity: Problem['severity'] = 'error',
    ) => {
      const { line, col } = parsed.locate(path)
      problems.push({
        file,
        line,
        col,
        field: fieldPath(path),
        message,
        severity,
        ...(fix ? { fix } : {}),
      })
    }
    reporters.set(project.slug, report)
    const mustExist = (path: PropertyKey[], value: string, known: string[], what: string, where: string) => {
      if (isKnown(value, known)) return
      const guess = closestMatch(value, known)
      report(
        path,
        `unknown ${what} "${value}"`,
        guess ? `did you mean "${guess}"?` : `use one listed in ${where}`,
      )
    }

    if (project.category !== undefined)
      mustExist(['category'], project.category, categoryIds, 'category', sources.categories.path)
    const category = categories.find((known) => known.id === project.category)
    if (category && project.subcategory) {
      const subcategoryIds = category.subcategories.map((subcategory) => subcategory.id)
      if (!subcategoryIds.includes(project.subcategory)) {
        const guess = closestMatch(project.subcategory, subcategoryIds)
        report(
          ['subcategory'],
          `unknown subcategory "${project.subcategory}" for category "${category.id}"`,
          guess
            ? `did you mean "${guess}"?`
            : subcategoryIds.length > 0
              ? `use one of ${subcategoryIds.join(', ')}`
              : `category "${category.id}" has no subcategories; remove it`,
        )
      }
    }
    project.chains.forEach((chain, i) => {
      if (chain === undefined) return
      mustExist(['chains', i], chain, chainIds, 'chain', sources.chains.path)
    })
    for (const list of ['contracts', 'tokens'] as const) {
      project[list].forEach((entry, i) => {
        if (entry === undefined) return
        mustExist([list, i, 'chain'], entry.chain, chainIds, 'chain', sources.chains.path)
        const key = `${entry.chain}:${entry.address.toLowerCase()}`
        const owner = addresses.get(key)
        if (owner && owner !== project.slug) {
          report(
            [list, i, 'address'],
            `address already listed by project "${owner}"`,
            'list each contract in one project only',
          )
        } else addresses.set(key, project.slug)
      })
    }
    project.distinctFrom.forEach((other, i) => {
      if (other === undefined) return
      mustExist(['distinctFrom', i], other, projectSlugs, 'project', 'registry/projects/')
    })
    const relationsSeen = new Set<string>()
    project.relations.forEach((relation, i) => {
      if (relation === undefined) return
      const key = `${relation.type} ${relation.target}`
      if (relationsSeen.has(key)) {
        report(['relations', i], `duplicate relation: ${key} is already listed`, 'remove this one')
        return
      }
      relationsSeen.add(key)
      if (relation.target === project.slug) {
        report(['relations', i, 'target'], 'a project cannot relate to itself', 'remove this relation')
        return
      }
      mustExist(['relations', i, 'target'], relation.target, projectSlugs, 'project', 'registry/projects/')
      const ofType = edges.get(relation.type)
      const edge = { from: project.slug, to: relation.target, index: i }
      if (ofType) ofType.push(edge)
      else edges.set(relation.type, [edge])
    })
    if (project.ens) {
      const ensOwner = ensNames.get(project.ens)
      if (ensOwner) {
        report(
          ['ens'],
          `ENS name ${project.ens} is already used by project "${ensOwner}"`,
          'an ENS name belongs to one project; remove it from the one that does not own it',
        )
      } else ensNames.set(project.ens, project.slug)
    }
    if (project.website === undefined) continue
    const site = websiteIdentity(project.website) ?? project.website
    const websiteOwner = websites.get(site)
    if (websiteOwner) {
      report(
        ['website'],
        `website ${site} is already used by project "${websiteOwner}"`,
        'is this a duplicate of it?',
      )
    } else websites.set(site, project.slug)
  }

  for (const type of ACYCLIC_RELATIONS) {
    for (const { edge, path } of findRelationCycles(edges.get(type) ?? [])) {
      reporters.get(edge.from)?.(
        ['relations', edge.index, 'target'],
        `${type} relations form a cycle: ${path.join(' → ')}`,
        `remove one of them; ${type} cannot loop`,
      )
    }
  }

  const duplicates = findNearDuplicates(
    parsedProjects.map(({ project, file }) => ({
      file,
      name: project.name ?? '',
      website: project.website ?? '',
      ...(project.links.source ? { source: project.links.source } : {}),
      tokenAddresses: project.tokens.flatMap((token) => (token ? [token.address] : [])),
      slug: project.slug,
      distinctFrom: project.distinctFrom,
    })),
  )
  const byFile = new Map(parsedProjects.map(({ project, file }) => [file, project.slug]))
  for (const { file, other, reason } of duplicates) {
    reporters.get(byFile.get(file) ?? '')?.(
      ['name'],
      `looks like a duplicate of ${other} (${reason})`,
      'merge into it, or say how they differ in the description',
      'warning',
    )
  }

  if (reference && chainsFile) {
    const mismatches = crossCheckReference(
      { chains, projects: parsedProjects.map(({ project }) => project) },
      reference,
    )
    for (const { subject, path, message, fix } of mismatches) {
      if (subject === 'chains') {
        const { line, col } = chainsFile.parsed.locate(path)
        problems.push({
          file: sources.chains.path,
          line,
          col,
          field: fieldPath(path),
          message,
          fix,
          severity: 'warning',
        })
      } else reporters.get(subject)?.(path, message, fix, 'warning')
    }
  }

  const sorted = sortProblems(problems)
  const logoRequests = parsedProjects.map(({ project }) => ({
    slug: project.slug as string,
    name: project.name ?? project.slug,
    ...(project.logo ? { logo: project.logo } : {}),
  }))
  if (sorted.some((problem) => problem.severity === 'error')) return { problems: sorted, logoRequests }
  const projects = parsedProjects.map(({ project }) => project).sort((a, b) => (a.slug < b.slug ? -1 : 1))
  return { registry: { categories, chains, projects }, problems: sorted, logoRequests }
}

function parseWith<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  problems: Problem[],
): { value?: z.output<S>; parsed: ParsedSource } | undefined {
  const { parsed, problems: yamlProblems } = parseYamlSource(source)
  problems.push(...yamlProblems)
  if (!parsed) return undefined
  const result = schema.safeParse(parsed.data)
  if (result.success) return { value: result.data, parsed }
  for (const issue of result.error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    if (unknownKeys.length > 0) {
      for (const key of unknownKeys) {
        const path = [...issue.path, key]
        const { line, col } = parsed.locate(path, { key: true })
        problems.push({
          file: source.path,
          line,
          col,
          field: fieldPath(path),
          message: 'unknown field',
          fix: 'remove it or check its spelling against registry/README.md',
          severity: 'error',
        })
      }
      continue
    }
    const { line, col } = parsed.locate(issue.path)
    const given = valueAt(parsed.data, issue.path)
    const missing = given === undefined
    const options = issue.code === 'invalid_value' ? issue.values.map(String) : []
    const guess = typeof given === 'string' && options.length > 0 ? closestMatch(given, options) : undefined
    const fix = missing
      ? 'add it (see registry/README.md)'
      : guess
        ? `did you mean "${guess}"?`
        : options.length > 0
          ? `use one of ${options.join(', ')}`
          : undefined
    problems.push({
      file: source.path,
      line,
      col,
      field: fieldPath(issue.path),
      message: missing
        ? 'required field is missing'
        : options.length > 0
          ? 'is not one of the allowed values'
          : issue.message,
      ...(fix ? { fix } : {}),
      severity: 'error',
    })
  }
  return { parsed }
}

function complete<T extends { value?: unknown; parsed: ParsedSource }>(
  result: T | undefined,
): (T & { value: NonNullable<T['value']> }) | undefined {
  return result?.value === undefined ? undefined : (result as T & { value: NonNullable<T['value']> })
}

// Array fields whose entries are checked one by one when the array as a whole is invalid.
const ENTRY_SCHEMAS: Record<string, z.ZodType> = {
  chains: SlugSchema,
  contracts: ContractSchema,
  tokens: TokenSchema,
  relations: RelationSchema,
  distinctFrom: SlugSchema,
}

/**
 * The valid part of a project that failed its schema: each field that parses on its own, and for lists,
 * each entry that parses (invalid entries become `undefined`, so indexes still point at the right line).
 * Only ever used for cross-file checks of a registry that is already rejected.
 */
function salvageProject(data: unknown): Omit<Project, 'slug'> {
  const record = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>
  const salvaged: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(ProjectSchema.shape)) {
    const whole = (schema as z.ZodType).safeParse(record[key])
    if (whole.success) {
      salvaged[key] = whole.data
      continue
    }
    const entrySchema = ENTRY_SCHEMAS[key]
    const given = record[key]
    if (entrySchema) {
      salvaged[key] = Array.isArray(given)
        ? given.map((entry) => {
            const result = entrySchema.safeParse(entry)
            return result.success ? result.data : undefined
          })
        : []
    }
  }
  salvaged.links ??= {}
  salvaged.tags ??= []
  return salvaged as Omit<Project, 'slug'>
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined
  }
  return value
}

function reportDuplicateIds(
  file: string,
  parsedFile: { value: Record<string, Array<{ id: string }>>; parsed: ParsedSource },
  key: string,
  problems: Problem[],
) {
  const seen = new Set<string>()
  for (const [i, entry] of (parsedFile.value[key] ?? []).entries()) {
    if (seen.has(entry.id)) {
      const { line, col } = parsedFile.parsed.locate([key, i, 'id'])
      problems.push({
        file,
        line,
        col,
        field: `${key}[${i}].id`,
        message: `duplicate id "${entry.id}"`,
        severity: 'error',
      })
    }
    seen.add(entry.id)
  }
}

function fileProblem(file: string, message: string, fix: string): Problem {
  return { file, line: 1, col: 1, field: '', message, fix, severity: 'error' }
}

function slugFromPath(path: string): string {
  const name = path.split('/').pop() ?? path
  return name.replace(/\.ya?ml$/, '')
}
