import { chmod, readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { type Git, GitCommandError, GitNotInstalledError } from './createGit.ts'

/** The hooks folder, relative to the project root (git resolves it from the work tree's top). */
export const hooksPath = '.githooks'

/** What {@link installHooks} did. */
export type InstallHooksResult =
  | { status: 'installed'; previous: string | undefined; madeExecutable: string[] }
  | { status: 'unchanged'; madeExecutable: string[] }
  | { status: 'skipped'; reason: string }

/** What {@link installHooks} needs. */
export interface InstallHooksParameters {
  /** A runner whose working directory is the project root. */
  git: Git
  /** The project root: the folder holding package.json and `.githooks/`. */
  projectRoot: string
}

/**
 * Points git at the project's hooks (`git config core.hooksPath .githooks`) when the project is
 * the top of a git work tree, and makes the hook files executable (a zip download or a Windows
 * checkout loses the bit, and git silently skips hooks that are not executable). Outside a work
 * tree (a Docker build, a tarball) or without git it does nothing and succeeds, so `npm ci` never
 * fails because of it; it also leaves alone a repository the project merely sits inside.
 *
 * @param parameters The git runner and the project root.
 * @returns What it did, and why when it did nothing.
 * @throws {GitCommandError} when git fails in an unexpected way (e.g. an unwritable `.git/config`).
 * @example
 * const result = await installHooks({ git: createGit({ cwd: root }), projectRoot: root })
 * // { status: 'installed', previous: undefined, madeExecutable: [] }
 */
export async function installHooks({
  git,
  projectRoot,
}: InstallHooksParameters): Promise<InstallHooksResult> {
  let topLevel: string
  try {
    topLevel = (await git(['rev-parse', '--show-toplevel'])).trim()
  } catch (error) {
    if (error instanceof GitNotInstalledError) return { status: 'skipped', reason: 'git is not installed' }
    if (error instanceof GitCommandError) return { status: 'skipped', reason: 'not inside a git work tree' }
    throw error
  }
  if (topLevel === '' || (await realpath(topLevel)) !== (await realpath(projectRoot))) {
    return {
      status: 'skipped',
      reason: `the project is not the top of the git work tree${topLevel ? ` (${topLevel})` : ''}; its hooks are left alone`,
    }
  }
  const madeExecutable = await makeHooksExecutable(join(projectRoot, hooksPath))
  const previous =
    (await git(['config', '--local', '--get', 'core.hooksPath']).catch(() => '')).trim() || undefined
  if (previous === hooksPath) return { status: 'unchanged', madeExecutable }
  await git(['config', '--local', 'core.hooksPath', hooksPath])
  return { status: 'installed', previous, madeExecutable }
}

async function makeHooksExecutable(folder: string): Promise<string[]> {
  const changed: string[] = []
  for (const name of await readdir(folder).catch(() => [])) {
    const file = join(folder, name)
    const info = await stat(file)
    const { mode } = info
    if (!info.isFile() || (mode & 0o111) === 0o111) continue
    await chmod(file, mode | 0o111)
    changed.push(join(hooksPath, name))
  }
  return changed
}
