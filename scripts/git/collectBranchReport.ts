import { type BranchReport, buildBranchReport } from './buildBranchReport.ts'
import type { Git } from './createGit.ts'
import type { JiraSettings } from './parseJiraSettings.ts'
import { readBranchChangesets } from './readBranchChangesets.ts'
import { readCommits } from './readCommits.ts'
import { findRef, resolveRef } from './resolveRef.ts'

/** What {@link collectBranchReport} reports on. */
export interface CollectBranchReportParameters {
  /** A runner for the repository. */
  git: Git
  /** The base branch; `main` by default, or `origin/main` when there is no local `main` (CI checkouts). */
  base?: string | undefined
  /** The branch tip; `HEAD` by default. */
  head?: string | undefined
  /** The package whose bump the changesets are read for. */
  packageName: string
  /** Jira site and project keys. */
  jira?: JiraSettings | undefined
}

/**
 * Reads a branch's commits and changesets from git and builds its report (see
 * {@link buildBranchReport}).
 *
 * @param parameters The repository runner, the refs, the package name and Jira settings.
 * @returns The report.
 * @throws {GitRefNotFoundError} when the base or head names no commit.
 * @example
 * const report = await collectBranchReport({ git: createGit({ cwd: '.' }), packageName: 'web3-atlas' })
 */
export async function collectBranchReport({
  git,
  base,
  head = 'HEAD',
  packageName,
  jira,
}: CollectBranchReportParameters): Promise<BranchReport> {
  const [baseName, baseSha] =
    base === undefined ? await defaultBase(git) : [base, await resolveRef(git, base)]
  const headSha = await resolveRef(git, head)
  const [commits, changesets] = await Promise.all([
    readCommits({ git, from: baseSha, to: headSha }),
    readBranchChangesets({ git, base: baseSha, head: headSha }),
  ])
  return buildBranchReport({ base: baseName, head, commits, changesets, packageName, jira })
}

async function defaultBase(git: Git): Promise<[string, string]> {
  const local = await findRef(git, 'main')
  if (local) return ['main', local]
  const remote = await findRef(git, 'origin/main')
  if (remote) return ['origin/main', remote]
  return ['main', await resolveRef(git, 'main')]
}
