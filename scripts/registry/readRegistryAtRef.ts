import type { SourceFile } from '../../indexer/registry/parseYamlSource.ts'
import type { RegistrySources } from '../../indexer/registry/validateRegistry.ts'
import type { Git } from '../git/createGit.ts'
import { resolveRef } from '../git/resolveRef.ts'

/** Where {@link readRegistryAtRef} reads. */
export interface ReadRegistryAtRefParameters {
  /** A runner for the repository. */
  git: Git
  /** A branch, tag or SHA, e.g. `origin/main`. */
  ref: string
  /** The registry folder relative to the repository root; `registry` by default. */
  registryPath?: string
}

/**
 * Reads the registry's files as they are in a commit, in the shape `validateRegistry` takes and with
 * the same repository-relative paths `readRegistrySources` gives, so problems name the same files.
 *
 * @param parameters The repository, the ref and the registry folder.
 * @returns The files' texts, or `undefined` when that commit has no `categories.yaml` or `chains.yaml`
 *   (a base from before the registry existed).
 * @throws {GitRefNotFoundError} when the ref names no commit.
 * @example
 * const sources = await readRegistryAtRef({ git, ref: 'origin/main' })
 */
export async function readRegistryAtRef({
  git,
  ref,
  registryPath = 'registry',
}: ReadRegistryAtRefParameters): Promise<RegistrySources | undefined> {
  const commit = await resolveRef(git, ref)
  // --full-tree: paths from the repository root wherever the command runs; -z: any file name verbatim.
  const listed = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', registryPath])
  const files = new Set(listed.split('\0').filter(Boolean))
  const categories = `${registryPath}/categories.yaml`
  const chains = `${registryPath}/chains.yaml`
  if (!files.has(categories) || !files.has(chains)) return undefined
  const projectPattern = new RegExp(`^${escapeRegExp(registryPath)}/projects/[^/]+\\.ya?ml$`)
  const read = async (path: string): Promise<SourceFile> => ({
    path,
    text: await git(['show', `${commit}:${path}`]),
  })
  return {
    categories: await read(categories),
    chains: await read(chains),
    projects: await Promise.all(
      [...files]
        .filter((path) => projectPattern.test(path))
        .sort()
        .map(read),
    ),
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
