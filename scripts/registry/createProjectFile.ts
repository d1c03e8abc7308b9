import { stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { scaffoldProject } from './scaffoldProject.ts'

/** Thrown when the project file a new project would get is already there. */
export class ProjectExistsError extends BaseError {
  override name = 'ProjectExistsError'
  readonly file: string
  constructor({ file, cause }: { file: string; cause?: unknown }) {
    super(`${file} already exists.`, {
      metaMessages: [
        'Edit that file if it is the same project; for a different one, give a more specific name.',
      ],
      cause,
    })
    this.file = file
  }
}

/** What {@link createProjectFile} needs. */
export interface CreateProjectFileParameters {
  /** The registry folder, e.g. `registry`. */
  registryDir: string
  /** The project's display name. */
  name: string
  /** Paths in the result and errors are relative to this folder. */
  rootDir: string
}

/**
 * Writes `<registryDir>/projects/<slug>.yaml` from {@link scaffoldProject}, never over an existing file.
 *
 * @param parameters The registry folder, the project name and the folder paths are relative to.
 * @returns The new file's path relative to `rootDir`, with forward slashes.
 * @throws {ProjectExistsError} when `<slug>.yaml` (or `<slug>.yml`) exists.
 * @throws {ProjectNameInvalidError} when the name gives an empty slug.
 * @example
 * await createProjectFile({ registryDir: 'registry', name: 'The Graph', rootDir: '.' })
 * // 'registry/projects/the-graph.yaml'
 */
export async function createProjectFile({
  registryDir,
  name,
  rootDir,
}: CreateProjectFileParameters): Promise<string> {
  const { slug, text } = scaffoldProject(name)
  const show = (path: string) => relative(rootDir, path).split('\\').join('/')
  const path = join(registryDir, 'projects', `${slug}.yaml`)
  // The validator reads .yml too: a second file with the same slug would be a duplicate.
  const other = join(registryDir, 'projects', `${slug}.yml`)
  if (await exists(other)) throw new ProjectExistsError({ file: show(other) })
  try {
    // 'wx' fails if the file exists, even if it appeared after any check we could make.
    await writeFile(path, text, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ProjectExistsError({ file: show(path), cause: error })
    throw error
  }
  return show(path)
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
