import { gitmojis } from 'gitmojis'
import { type FindJiraKeysOptions, findJiraKeys } from './findJiraKeys.ts'
import { findGitmoji, type Gitmoji, matchGitmoji } from './matchGitmoji.ts'
import { closestGitmojiCode, suggestGitmoji } from './suggestGitmoji.ts'

/** Something wrong with a commit, and how to fix it, both short enough for one terminal line. */
export interface CommitProblem {
  problem: string
  fix: string
}

/** A commit subject that follows the convention. */
export interface ParsedCommitSubject {
  ok: true
  /** The official gitmoji; 🔀 for git's merge subjects, ⏪️ for its revert subjects. */
  gitmoji: Gitmoji
  /** `git` for subjects git (or a forge) writes itself: merges, reverts. */
  origin: 'person' | 'git'
  /** Conventional type after the gitmoji (`feat` in `✨ feat(map): …`). */
  type?: string | undefined
  /** Conventional scope (`map` in `✨ feat(map): …`). */
  scope?: string | undefined
  /** A conventional `!` (`✨ feat!: …`): a breaking change whatever the gitmoji. */
  breaking: boolean
  /** The subject text after the gitmoji and type, e.g. `add chain filter`. */
  subject: string
  /** Set for subjects `git commit --fixup/--squash` writes, meant to be squashed before merging. */
  autosquash?: 'fixup' | 'squash' | 'amend' | undefined
  /** Jira issue keys in the subject, e.g. `['MAP-123']`. */
  jiraKeys: string[]
}

/** A commit subject that does not follow the convention: every problem found, each with a fix. */
export interface RejectedCommitSubject {
  ok: false
  problems: CommitProblem[]
}

/** Options of {@link parseCommitSubject}. */
export type ParseCommitSubjectOptions = { jira?: FindJiraKeysOptions | undefined }

const gitmojiSite = 'https://gitmoji.dev'
// Subjects git and the forges write: `git merge`, `git pull`, GitHub/GitLab merge buttons, and the
// synthetic `Merge <sha> into <sha>` commit actions/checkout builds for a pull_request event.
const mergeSubject =
  /^Merge (?:branch(?:es)? |remote-tracking branch |pull request #\d+ |tag |commits? |[0-9a-f]{7,64} into [0-9a-f]{7,64}$)/
// `git revert` writes `Revert "<subject>"`; reverting a revert writes `Reapply "…"` since git 2.43.
const revertSubject = /^(?:Revert|Reapply) ".*"$/
const autosquashPrefix = /^(fixup|squash|amend)! /
const conventional = /^(?<type>[a-z][a-z0-9-]*)(?:\((?<scope>[^()]+)\))?(?<breaking>!)?:(?: +|$)/
// Jira smart-commit commands (`#comment`, `#time 1h`, `#done`, any workflow transition). `#123`
// (a GitHub issue) and `C#` stay allowed.
const smartCommitCommand = /(?:^|\s)(#[A-Za-z][\w-]*)/

/**
 * Checks one commit subject (the first line of a message) against the Atlas convention: a gitmoji
 * (unicode, with or without U+FE0F, or `:code:`), a space, an optional conventional type/scope, and
 * the subject. Jira keys may appear; Jira smart-commit commands may not (they belong in the body).
 * Merge and revert subjects written by git are accepted as they are.
 *
 * @param header The first line of the commit message.
 * @param options Which Jira project keys count (default: any but well-known standards like ERC-20).
 * @returns The parsed subject, or every problem with a fix hint.
 * @example
 * parseCommitSubject('✨ feat(map): add chain filter MAP-123')
 * // { ok: true, gitmoji: { emoji: '✨', … }, type: 'feat', scope: 'map', subject: 'add chain filter MAP-123', jiraKeys: ['MAP-123'], … }
 * parseCommitSubject('add stuff').ok // false: "start the subject with a gitmoji, e.g. `✨ add stuff` (see https://gitmoji.dev)"
 */
export function parseCommitSubject(
  header: string,
  options: ParseCommitSubjectOptions = {},
): ParsedCommitSubject | RejectedCommitSubject {
  const text = header.trim()
  const jiraKeys = findJiraKeys(text, options.jira)
  if (text === '') {
    return reject([
      { problem: 'the subject is empty', fix: 'say what the commit does, e.g. `✨ add chain filter`' },
    ])
  }
  const byGit = gitWritten(text)
  if (byGit) return { ok: true, gitmoji: byGit, origin: 'git', breaking: false, subject: text, jiraKeys }

  const autosquash = autosquashPrefix.exec(text)?.[1] as ParsedCommitSubject['autosquash']
  const unsquashed = text.replace(new RegExp(`^(?:${autosquashPrefix.source.slice(1)})+`), '')
  const problems: CommitProblem[] = []
  const command = smartCommitCommand.exec(unsquashed)?.[1]
  if (command) {
    problems.push({
      problem: `Jira smart-commit command \`${command}\` in the subject`,
      fix: `move it to the body: a blank line after the subject, then a line like \`${jiraKeys[0] ?? 'MAP-123'} ${command} …\` (git drops body lines that start with #)`,
    })
  }

  const match = matchGitmoji(unsquashed)
  if (match.kind !== 'known') {
    problems.push(gitmojiProblem(match.kind === 'unknown' ? match.raw : undefined, match.rest.trim()))
    return reject(problems)
  }
  if (match.rest !== '' && !match.rest.startsWith(' ')) {
    const example = `${match.raw} ${match.rest.replace(/^[:\s]+/, '') || 'add chain filter'}`
    problems.push({ problem: `no space after the gitmoji ${match.raw}`, fix: `write \`${example}\`` })
    return reject(problems)
  }
  const rest = match.rest.trim()
  const parts = conventional.exec(rest)
  const subject = parts ? rest.slice(parts[0].length).trim() : rest
  if (subject === '') {
    problems.push({
      problem: `nothing after the gitmoji ${match.raw}${parts ? ` and \`${parts[0].trim()}\`` : ''}`,
      fix: `say what the commit does, e.g. \`${match.raw} ${parts ? `${parts[0].trim()} ` : ''}add chain filter\``,
    })
  }
  if (problems.length > 0) return reject(problems)
  return {
    ok: true,
    gitmoji: match.gitmoji,
    origin: 'person',
    type: parts?.groups?.type,
    scope: parts?.groups?.scope,
    breaking: parts?.groups?.breaking === '!',
    subject,
    autosquash,
    jiraKeys,
  }
}

function reject(problems: CommitProblem[]): RejectedCommitSubject {
  return { ok: false, problems }
}

function gitWritten(text: string): Gitmoji | undefined {
  if (mergeSubject.test(text)) return findGitmoji(':twisted_rightwards_arrows:')
  if (revertSubject.test(text)) return findGitmoji(':rewind:')
  return undefined
}

/** The problem for a subject whose first token is not an official gitmoji. */
function gitmojiProblem(unknown: string | undefined, rest: string): CommitProblem {
  const suggestion = suggestGitmoji(rest)
  const example = suggestion
    ? `e.g. \`${suggestion.emoji} ${rest}\``
    : `e.g. \`✨ ${rest || 'add chain filter'}\` for a feature or \`🐛 ${rest || 'fix the crash'}\` for a fix`
  if (unknown?.startsWith(':')) {
    const closest = closestGitmojiCode(
      unknown,
      gitmojis.map((gitmoji) => gitmoji.code),
    )
    const gitmoji = closest ? findGitmoji(closest) : undefined
    return {
      problem: `\`${unknown}\` is not a gitmoji code`,
      fix: gitmoji
        ? `did you mean \`${gitmoji.code}\` (${gitmoji.emoji} ${gitmoji.description})? See ${gitmojiSite}`
        : `use a code from ${gitmojiSite}, ${example}`,
    }
  }
  if (unknown)
    return { problem: `${unknown} is not a gitmoji`, fix: `use one from ${gitmojiSite}, ${example}` }
  return {
    problem: 'no gitmoji at the start of the subject',
    fix: `start the subject with a gitmoji, ${example} (see ${gitmojiSite})`,
  }
}
