import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { BaseError } from '../errors/BaseError.ts'
import { formatProblem, type Problem } from './Problem.ts'
import type { SourceFile } from './parseYamlSource.ts'
import { loadReferenceData } from './reference/loadReferenceData.ts'
import { type RegistrySources, type RegistryValidation, validateRegistry } from './validateRegistry.ts'

/** Thrown when the registry has errors; carries every problem. */
export class RegistryInvalidError extends BaseError {
  override name = 'RegistryInvalidError'
  readonly problems: Problem[]
  constructor({ problems }: { problems: Problem[] }) {
    const errors = problems.filter((problem) => problem.severity === 'error')
    super(`The registry has ${errors.length} error${errors.length === 1 ? '' : 's'}.`, {
      details: errors.map(formatProblem).join('\n'),
      metaMessages: ['Run `npm run validate` for the full list, and see registry/README.md for every field.'],
    })
    this.problems = problems
  }
}

/**
 * Reads `categories.yaml`, `chains.yaml` and `projects/*.yaml` from a registry folder.
 * @param registryDir Folder holding the registry, e.g. `registry`.
 * @param rootDir Paths in problems are made relative to this folder.
 */
export async function readRegistrySources(
  registryDir: string,
  rootDir = process.cwd(),
): Promise<RegistrySources> {
  const read = async (path: string): Promise<SourceFile> => ({
    path: relative(rootDir, path).split('\\').join('/'),
    text: await readFile(path, 'utf8'),
  })
  const projectsDir = join(registryDir, 'projects')
  const names = (await readdir(projectsDir)).filter((name) => /\.ya?ml$/.test(name)).sort()
  return {
    categories: await read(join(registryDir, 'categories.yaml')),
    chains: await read(join(registryDir, 'chains.yaml')),
    projects: await Promise.all(names.map((name) => read(join(projectsDir, name)))),
  }
}

/**
 * Reads and validates a registry folder, cross-checked against the public chain and token lists pinned
 * in package.json; returns the registry and any problems.
 */
export async function checkRegistry(
  registryDir: string,
  rootDir = process.cwd(),
): Promise<RegistryValidation> {
  const [sources, reference] = await Promise.all([
    readRegistrySources(registryDir, rootDir),
    loadReferenceData(),
  ])
  return validateRegistry(sources, reference)
}

/**
 * Reads a registry folder and returns it validated.
 * @throws {RegistryInvalidError} listing every problem when any file has an error.
 */
export async function loadRegistry(registryDir: string, rootDir = process.cwd()) {
  const { registry, problems } = await checkRegistry(registryDir, rootDir)
  if (!registry) throw new RegistryInvalidError({ problems })
  return registry
}
