import type { z } from 'zod'
import {
  CategoriesFileSchema,
  ChainsFileSchema,
  type Project,
  ProjectSchema,
  type Registry,
  type Slug,
  SlugSchema,
} from '../model/schema.ts'
import { closestMatch } from './closestMatch.ts'
import { fieldPath } from './fieldPath.ts'
import { type Problem, sortProblems } from './Problem.ts'
import { type ParsedSource, parseYamlSource, type SourceFile } from './parseYamlSource.ts'

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
}

/**
 * Validates the whole registry at once and cross-checks it: categories, chains and relation targets must
 * exist, slugs must match file names and be unique. Pure: give it file texts, get problems back.
 *
 * @example
 * const { registry, problems } = validateRegistry({ categories, chains, projects })
 */
export function validateRegistry(sources: RegistrySources): RegistryValidation {
  const problems: Problem[] = []

  const categoriesFile = parseWith(sources.categories, CategoriesFileSchema, problems)
  const chainsFile = parseWith(sources.chains, ChainsFileSchema, problems)
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
    if (result)
      parsedProjects.push({
        project: { ...result.value, slug: slugResult.data },
        parsed: result.parsed,
        file: source.path,
      })
  }

  const categoryIds = categories.map((category) => category.id)
  const chainIds = chains.map((chain) => chain.id)
  const projectSlugs = parsedProjects.map(({ project }) => project.slug as string)
  const websites = new Map<string, Slug>()
  const addresses = new Map<string, Slug>()

  for (const { project, parsed, file } of parsedProjects) {
    const report = (path: PropertyKey[], message: string, fix?: string) => {
      const { line, col } = parsed.locate(path)
      problems.push({
        file,
        line,
        col,
        field: fieldPath(path),
        message,
        severity: 'error',
        ...(fix ? { fix } : {}),
      })
    }
    const mustExist = (path: PropertyKey[], value: string, known: string[], what: string, where: string) => {
      if (known.includes(value)) return
      const guess = closestMatch(value, known)
      report(
        path,
        `unknown ${what} "${value}"`,
        guess ? `did you mean "${guess}"?` : `use one listed in ${where}`,
      )
    }

    mustExist(['category'], project.category, categoryIds, 'category', sources.categories.path)
    project.chains.forEach((chain, i) => {
      mustExist(['chains', i], chain, chainIds, 'chain', sources.chains.path)
    })
    for (const list of ['contracts', 'tokens'] as const) {
      project[list].forEach((entry, i) => {
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
    project.relations.forEach((relation, i) => {
      if (relation.target === project.slug) {
        report(['relations', i, 'target'], 'a project cannot relate to itself', 'remove this relation')
      } else
        mustExist(['relations', i, 'target'], relation.target, projectSlugs, 'project', 'registry/projects/')
    })
    const site = new URL(project.website).host.replace(/^www\./, '')
    const websiteOwner = websites.get(site)
    if (websiteOwner) {
      report(
        ['website'],
        `website ${site} is already used by project "${websiteOwner}"`,
        'is this a duplicate of it?',
      )
    } else websites.set(site, project.slug)
  }

  const sorted = sortProblems(problems)
  if (sorted.some((problem) => problem.severity === 'error')) return { problems: sorted }
  const projects = parsedProjects.map(({ project }) => project).sort((a, b) => (a.slug < b.slug ? -1 : 1))
  return { registry: { categories, chains, projects }, problems: sorted }
}

function parseWith<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  problems: Problem[],
): { value: z.output<S>; parsed: ParsedSource } | undefined {
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
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
    problems.push({
      file: source.path,
      line,
      col,
      field: fieldPath(issue.path),
      message: missing ? 'required field is missing' : issue.message,
      ...(missing ? { fix: 'add it (see registry/README.md)' } : {}),
      severity: 'error',
    })
  }
  return undefined
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
