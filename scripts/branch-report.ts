#!/usr/bin/env node
/**
 * Summarises a branch for its pull request (docs/git-conventions.md): commits grouped by gitmoji,
 * commits without one, repeated subjects, Jira links, and the suggested version bump compared
 * with the branch's changesets.
 *
 * Usage:  node scripts/branch-report.ts [--base <ref>=main] [--head <ref>=HEAD] [--format markdown|json]
 *         Without --base: `main`, or `origin/main` when there is no local main (CI checkouts).
 * Reads:  the git history and the `.changeset/*.md` files committed on the branch; package.json
 *         (the package name the changesets name).
 * Writes: the report on stdout (Markdown starts with `<!-- branch-report -->` for a sticky PR
 *         comment; CI appends it to $GITHUB_STEP_SUMMARY). Nothing on disk.
 * Env:    JIRA_BASE_URL (optional, e.g. https://example.atlassian.net): links Jira keys;
 *         JIRA_PROJECT_KEYS (optional, e.g. `MAP,OPS`): the project keys that count.
 * Exit:   0 report written (whatever it says); 1 bad usage, unknown ref or bad Jira setting;
 *         2 any other failure.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { collectBranchReport } from './git/collectBranchReport.ts'
import { createGit } from './git/createGit.ts'
import { JiraSettingsInvalidError, parseJiraSettings } from './git/parseJiraSettings.ts'
import { renderBranchReport } from './git/renderBranchReport.ts'
import { GitRefNotFoundError } from './git/resolveRef.ts'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'

const usage =
  'Usage: node scripts/branch-report.ts [--base <ref>=main] [--head <ref>=HEAD] [--format markdown|json]'

try {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'markdown' },
    },
  })
  if (values.format !== 'markdown' && values.format !== 'json') {
    throw new UsageError(`Unknown format "${values.format}": use markdown or json.`)
  }
  const packageJson = z
    .object({ name: z.string() })
    .parse(JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')))
  const report = await collectBranchReport({
    git: createGit({ cwd: process.cwd() }),
    base: values.base,
    head: values.head,
    packageName: packageJson.name,
    jira: parseJiraSettings(process.env),
  })
  process.stdout.write(
    values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderBranchReport(report),
  )
} catch (error) {
  reportCliFailure(error, usage, [GitRefNotFoundError, JiraSettingsInvalidError])
}
