import { join } from 'node:path'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { Registry } from '../../indexer/model/schema.ts'
import { readRegistrySources } from '../../indexer/registry/loadRegistry.ts'
import { formatProblem, type Problem } from '../../indexer/registry/Problem.ts'
import { type RegistrySources, validateRegistry } from '../../indexer/registry/validateRegistry.ts'
import type { Git } from '../git/createGit.ts'
import { diffRegistries, emptyRegistry, type RegistryDiff } from './diffRegistries.ts'
import { readRegistryAtRef } from './readRegistryAtRef.ts'

/** Thrown when one side of a registry diff does not pass the validator. */
export class RegistryDiffSideInvalidError extends BaseError {
  override name = 'RegistryDiffSideInvalidError'
  readonly side: string
  readonly problems: Problem[]
  constructor({ side, problems }: { side: string; problems: Problem[] }) {
    const errors = problems.filter((problem) => problem.severity === 'error')
    super(`The registry in ${side} has ${errors.length} error${errors.length === 1 ? '' : 's'}: no diff.`, {
      details: errors.map(formatProblem).join('\n'),
      metaMessages: ['Fix them first (`npm run validate` lists them for the working tree).'],
    })
    this.side = side
    this.problems = problems
  }
}

/** What {@link collectRegistryDiff} reads. */
export interface CollectRegistryDiffParameters {
  /** A runner for the repository. */
  git: Git
  /** The ref to compare with, e.g. `origin/main`. */
  base: string
  /** The repository root: the working tree's registry is `<rootDir>/<registryPath>`. */
  rootDir: string
  /** The registry folder relative to the root; `registry` by default. */
  registryPath?: string
}

/**
 * Loads the registry at a base ref and in the working tree, validates both with the project's
 * validator and compares them.
 *
 * @param parameters The repository, its root and the base ref.
 * @returns What changed; a base without a registry counts as an empty one.
 * @throws {RegistryDiffSideInvalidError} when either side has validation errors.
 * @throws {GitRefNotFoundError} when the base names no commit.
 * @example
 * const diff = await collectRegistryDiff({ git, base: 'origin/main', rootDir: process.cwd() })
 */
export async function collectRegistryDiff({
  git,
  base,
  rootDir,
  registryPath = 'registry',
}: CollectRegistryDiffParameters): Promise<RegistryDiff> {
  const baseSources = await readRegistryAtRef({ git, ref: base, registryPath })
  const before = baseSources ? validated(baseSources, base) : emptyRegistry
  const after = validated(await readRegistrySources(join(rootDir, registryPath), rootDir), 'the working tree')
  return diffRegistries(before, after)
}

function validated(sources: RegistrySources, side: string): Registry {
  const { registry, problems } = validateRegistry(sources)
  if (!registry) throw new RegistryDiffSideInvalidError({ side, problems })
  return registry
}
