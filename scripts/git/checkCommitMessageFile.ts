import { readFile } from 'node:fs/promises'
import type { Git } from './createGit.ts'
import type { FindJiraKeysOptions } from './findJiraKeys.ts'
import { type CommitMessageVerdict, lintCommitMessage } from './lintCommitMessage.ts'

/** What {@link checkCommitMessageFile} needs. */
export interface CheckCommitMessageFileParameters {
  /** The message file git passes to the commit-msg hook. */
  file: string
  /** A runner for the repository, to read `core.commentString`/`core.commentChar`. */
  git: Git
  /** Which Jira project keys count. */
  jira?: FindJiraKeysOptions | undefined
}

/**
 * The commit-msg hook's work: reads the message file and checks it as git will store it.
 *
 * @param parameters The file, a git runner and the Jira options.
 * @returns The verdict (see {@link lintCommitMessage}).
 * @throws {Error} when the file cannot be read.
 * @example
 * const verdict = await checkCommitMessageFile({ file: '.git/COMMIT_EDITMSG', git: createGit({ cwd: '.' }) })
 */
export async function checkCommitMessageFile({
  file,
  git,
  jira,
}: CheckCommitMessageFileParameters): Promise<CommitMessageVerdict> {
  const [raw, commentString] = await Promise.all([readFile(file, 'utf8'), readCommentString(git)])
  return lintCommitMessage(raw, { commentString, jira })
}

async function readCommentString(git: Git): Promise<string> {
  for (const key of ['core.commentString', 'core.commentChar']) {
    const value = (await git(['config', '--get', key]).catch(() => '')).replace(/\n$/, '')
    // `auto` makes git pick a character the message does not use; `#` is its first choice.
    if (value && value !== 'auto') return value
  }
  return '#'
}
