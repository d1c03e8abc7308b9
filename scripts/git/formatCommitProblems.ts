import type { RangeProblem } from './lintCommitRange.ts'
import type { CommitProblem } from './parseCommitSubject.ts'

/** Options of {@link formatRangeProblems}. */
export interface FormatRangeProblemsOptions {
  /** Also emit `::error::` workflow commands, so GitHub Actions annotates the run. */
  githubActions?: boolean | undefined
}

/**
 * Formats a range check's problems, one line each: `<short sha> <subject>  → problem → fix`.
 *
 * @param problems What {@link lintCommitRange} found.
 * @param options Whether to add GitHub Actions `::error::` lines.
 * @returns The lines to print.
 * @example
 * formatRangeProblems(problems) // ['a1b2c3d add stuff  → no gitmoji at the start of the subject → start the subject with…']
 */
export function formatRangeProblems(
  problems: readonly RangeProblem[],
  options: FormatRangeProblemsOptions = {},
): string[] {
  return problems.flatMap(({ commit, problem, fix }) => {
    const line = `${commit.shortSha} ${commit.subject}  → ${problem} → ${fix}`
    if (!options.githubActions) return [line]
    return [line, `::error title=${escapeProperty(`Commit ${commit.shortSha}`)}::${escapeData(line)}`]
  })
}

/**
 * Formats the hook's refusal of a commit message: the subject, each problem and its fix, how to
 * get the message back, and the emergency bypass.
 *
 * @param header The refused subject line.
 * @param problems Why it was refused.
 * @param messageFile The message file git handed to the hook (`.git/COMMIT_EDITMSG`).
 * @returns The text to print on stderr.
 * @example
 * formatRefusedMessage('add stuff', problems, '.git/COMMIT_EDITMSG')
 */
export function formatRefusedMessage(
  header: string,
  problems: readonly CommitProblem[],
  messageFile: string,
): string {
  return [
    `✖ commit message refused: ${header === '' ? '(empty)' : JSON.stringify(header)}`,
    ...problems.flatMap(({ problem, fix }) => [`  ✖ ${problem}`, `    → ${fix}`]),
    '',
    `Your message is saved in ${messageFile}: edit it with \`git commit -e -F ${messageFile}\`.`,
    'Convention: docs/git-conventions.md. Emergency only: `git commit --no-verify` (CI checks the range anyway).',
  ].join('\n')
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data escapes
// %, CR and LF; property values also `:` and `,`.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
