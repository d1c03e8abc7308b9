#!/usr/bin/env node
/**
 * The commit-msg hook's check (`.githooks/commit-msg` calls it): refuses a message whose subject
 * breaks docs/git-conventions.md, with what is wrong and how to fix it.
 *
 * Usage:  node scripts/commit-msg.ts <message-file>
 * Reads:  the message file git hands the hook; `git config core.commentString`/`core.commentChar`.
 * Writes: on refusal, the problems and fixes on stderr. Nothing on disk.
 * Env:    JIRA_PROJECT_KEYS (optional, e.g. `MAP,OPS`): the project keys that count as Jira issues.
 * Exit:   0 accepted; 1 refused, or bad usage; 2 could not check (unreadable file, git failure).
 */
import { parseArgs } from 'node:util'
import { checkCommitMessageFile } from './git/checkCommitMessageFile.ts'
import { createGit } from './git/createGit.ts'
import { formatRefusedMessage } from './git/formatCommitProblems.ts'
import { JiraSettingsInvalidError, parseJiraSettings } from './git/parseJiraSettings.ts'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'

const usage = 'Usage: node scripts/commit-msg.ts <message-file>'

try {
  const { positionals } = parseArgs({ allowPositionals: true })
  const [file] = positionals
  if (file === undefined || positionals.length > 1) throw new UsageError('Give exactly one message file.')
  const { projects } = parseJiraSettings(process.env)
  const verdict = await checkCommitMessageFile({
    file,
    git: createGit({ cwd: process.cwd() }),
    jira: { projects },
  })
  if (!verdict.ok) {
    console.error(formatRefusedMessage(verdict.header, verdict.problems, file))
    process.exitCode = 1
  }
} catch (error) {
  reportCliFailure(error, usage, [JiraSettingsInvalidError])
}
