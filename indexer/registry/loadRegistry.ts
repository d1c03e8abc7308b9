import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { mapLimited } from '../async/mapLimited.ts'
import { BaseError } from '../errors/BaseError.ts'
import { type LogoProblem, loadLogos } from '../logos/loadLogos.ts'
import { formatProblem, type Problem, sortProblems } from './Problem.ts'
import type { SourceFile } from './parseYamlSource.ts'
import { loadReferenceData } from './reference/loadReferenceData.ts'
import { type RegistrySources, type RegistryValidation, validateRegistry } from './validateRegistry.ts'

/** Project files read at once: enough to keep the disk busy, far below any open-file limit. */
const FILES_OPEN_AT_ONCE = 64

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
    projects: await mapLimited(names, FILES_OPEN_AT_ONCE, (name) => read(join(projectsDir, name))),
  }
}

/**
 * Reads and validates a registry folder, cross-checked against the public chain and token lists pinned
 * in package.json, and checks every logo in `logos/` (missing, not SVG, changed by sanitizing, unused);
 * returns the registry and any problems. A logo error withholds the registry like any other error.
 */
export async function checkRegistry(
  registryDir: string,
  rootDir = process.cwd(),
): Promise<RegistryValidation> {
  const [sources, reference] = await Promise.all([
    readRegistrySources(registryDir, rootDir),
    loadReferenceData(),
  ])
  const validation = validateRegistry(sources, reference)
  const { problems: logoProblems } = await loadLogos(
    { logosDir: join(registryDir, 'logos'), readFile, readdir },
    validation.logoRequests ?? [],
  )
  if (logoProblems.length === 0) return validation
  const registryPath = relative(rootDir, registryDir).split('\\').join('/')
  const problems = sortProblems([
    ...validation.problems,
    ...logoProblems.map((problem) => logoProblemAt(problem, registryPath, sources)),
  ])
  return problems.some((problem) => problem.severity === 'error') || !validation.registry
    ? { problems }
    : { registry: validation.registry, problems }
}

/**
 * A missing or unusable logo is fixed in the project file that names it, at its `logo:` line; a logo
 * changed by sanitizing or unused is fixed in `logos/`.
 */
function logoProblemAt(problem: LogoProblem, registryPath: string, sources: RegistrySources): Problem {
  const projectFile = `${registryPath}/projects/${problem.slug}.yaml`
  const source =
    problem.severity === 'error' ? sources.projects.find((file) => file.path === projectFile) : undefined
  if (!source) {
    return {
      file: problem.file.replace(/^registry\//, `${registryPath}/`),
      line: 1,
      col: 1,
      field: '',
      message: problem.slug ? `${problem.message} (project "${problem.slug}")` : problem.message,
      fix: problem.fix,
      severity: problem.severity,
    }
  }
  const line = source.text.split('\n').findIndex((text) => /^logo\s*:/.test(text)) + 1
  return {
    file: projectFile,
    line: Math.max(line, 1),
    col: 1,
    field: 'logo',
    message: `${problem.file}: ${problem.message}`,
    fix: problem.fix,
    severity: 'error',
  }
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
