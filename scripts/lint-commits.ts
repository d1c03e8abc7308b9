#!/usr/bin/env node
/**
 * Checks every commit a branch adds (docs/git-conventions.md): gitmoji subjects, no `fixup!`,
 * `squash!`, `amend!` or WIP commits left, no two commits with the same subject.
 *
 * Usage:  node scripts/lint-commits.ts [--from <ref>] [--to <ref>=HEAD]
 *         --from defaults to the merge-base with origin/main, else with main, else all history.
 * Reads:  the git history of the current repository.
 * Writes: one line per problem on stdout (`<short sha> <subject>  → problem → fix`), and in
 *         GitHub Actions an `::error::` annotation for each. Nothing on disk.
 * Env:    GITHUB_ACTIONS=true adds the annotations; JIRA_PROJECT_KEYS (optional, e.g. `MAP,OPS`).
 * Exit:   0 every commit follows the convention; 1 problems found, or bad usage / unknown ref;
 *         2 git failed (e.g. not a repository).
 */
import { parseArgs } from 'node:util'
import { createGit } from './git/createGit.ts'
import { formatRangeProblems } from './git/formatCommitProblems.ts'
import { lintRepoCommits } from './git/lintRepoCommits.ts'
import { JiraSettingsInvalidError, parseJiraSettings } from './git/parseJiraSettings.ts'
import { GitRefNotFoundError } from './git/resolveRef.ts'
import { reportCliFailure } from './ipfs/cliExitCode.ts'

const usage = 'Usage: node scripts/lint-commits.ts [--from <ref>] [--to <ref>=HEAD]'

try {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string', default: 'HEAD' } },
  })
  const { projects } = parseJiraSettings(process.env)
  const result = await lintRepoCommits({
    git: createGit({ cwd: process.cwd() }),
    from: values.from,
    to: values.to,
    jira: { projects },
  })
  const lines = formatRangeProblems(result.problems, { githubActions: process.env.GITHUB_ACTIONS === 'true' })
  const checked = `${result.commits.length} commit${result.commits.length === 1 ? '' : 's'} checked in ${result.range}`
  if (result.problems.length === 0) console.log(`✔ ${checked}: all follow docs/git-conventions.md.`)
  else {
    console.log(`✖ ${checked}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`)
    for (const line of lines) console.log(line)
    console.log('See docs/git-conventions.md; reword or squash with `git rebase -i <base>`.')
    process.exitCode = 1
  }
} catch (error) {
  reportCliFailure(error, usage, [GitRefNotFoundError, JiraSettingsInvalidError])
}
