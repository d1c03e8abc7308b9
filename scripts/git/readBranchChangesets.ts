import type { Git } from './createGit.ts'
import { type Changeset, parseChangeset } from './parseChangeset.ts'

/** Which changesets {@link readBranchChangesets} reads. */
export interface ReadBranchChangesetsParameters {
  /** A runner for the repository. */
  git: Git
  /** The base commit SHA (the branch's fork point is found from it). */
  base: string
  /** The branch tip commit SHA. */
  head: string
}

/**
 * Reads the changesets a branch adds or edits (`.changeset/*.md` other than README.md), as
 * committed at `head`. Only the branch's own changesets are compared with its commits: one left
 * pending on `main` by an earlier merge says nothing about this branch.
 *
 * @param parameters The repository runner and the two commits.
 * @returns The changesets, sorted by file name.
 * @throws {GitCommandError} when git fails.
 * @example
 * await readBranchChangesets({ git, base: mainSha, head: headSha })
 * // [{ file: '.changeset/brave-owls.md', ok: true, releases: { 'web3-atlas': 'minor' }, … }]
 */
export async function readBranchChangesets({
  git,
  base,
  head,
}: ReadBranchChangesetsParameters): Promise<Changeset[]> {
  const forkPoint = (await git(['merge-base', base, head]).catch(() => '')).trim()
  const listing = forkPoint
    ? await git([
        'diff',
        '-z',
        '--name-only',
        '--no-renames',
        '--diff-filter=AM',
        forkPoint,
        head,
        '--',
        '.changeset',
      ])
    : await git(['ls-tree', '-z', '--name-only', head, '--', '.changeset/'])
  const files = listing
    .split('\0')
    .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && file.toLowerCase() !== '.changeset/readme.md')
    .sort()
  return Promise.all(
    files.map(async (file) => parseChangeset(file, await git(['cat-file', 'blob', `${head}:${file}`]))),
  )
}
