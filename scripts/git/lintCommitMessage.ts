import { type CleanCommitMessageOptions, cleanCommitMessage } from './cleanCommitMessage.ts'
import {
  type CommitProblem,
  type ParseCommitSubjectOptions,
  type ParsedCommitSubject,
  parseCommitSubject,
} from './parseCommitSubject.ts'

/** What {@link lintCommitMessage} decided about one message. */
export type CommitMessageVerdict =
  | { ok: true; header: string; parsed: ParsedCommitSubject }
  | { ok: false; header: string; problems: CommitProblem[] }

/**
 * Checks a commit message as the commit-msg hook receives it: cleans it as git will (comments,
 * `git commit -v` diff), then checks the subject line and that a blank line separates it from
 * the body.
 *
 * @param raw The message file's text.
 * @param options git's comment string and which Jira project keys count.
 * @returns The parsed subject, or every problem with a fix.
 * @example
 * lintCommitMessage('✨ add chain filter\n\nMAP-123 #comment shipped').ok // true
 * lintCommitMessage('add stuff').ok // false
 */
export function lintCommitMessage(
  raw: string,
  options: CleanCommitMessageOptions & ParseCommitSubjectOptions = {},
): CommitMessageVerdict {
  const lines = cleanCommitMessage(raw, options).split('\n')
  const header = lines[0] ?? ''
  if (header === '') {
    return {
      ok: false,
      header,
      problems: [
        { problem: 'the commit message is empty', fix: 'write a subject, e.g. `✨ add chain filter`' },
      ],
    }
  }
  const parsed = parseCommitSubject(header, options)
  const problems = parsed.ok ? [] : [...parsed.problems]
  if (lines.length > 1 && lines[1] !== '') {
    // Without the blank line git takes the whole first paragraph as the subject (`%s`, --oneline).
    problems.push({
      problem: 'no blank line between the subject and the body',
      fix: 'leave the second line empty',
    })
  }
  if (parsed.ok && problems.length === 0) return { ok: true, header, parsed }
  return { ok: false, header, problems }
}
