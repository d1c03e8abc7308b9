import { stripVariationSelector } from './matchGitmoji.ts'
import { parseCommitSubject } from './parseCommitSubject.ts'
import type { Commit } from './readCommits.ts'

/** Commits of one range that share a subject. */
export interface DuplicateSubject {
  /** The subject as the first of them wrote it. */
  subject: string
  /** The commits, oldest first (at least two). */
  commits: Commit[]
}

/**
 * Finds commits in a range whose subjects say the same thing: same gitmoji (however it is
 * written: `✨`, `:sparkles:`), same words, ignoring case and spacing. Merge commits and
 * `fixup!`/`squash!`/`amend!` commits are left out: repeating them is how those workflows go.
 *
 * @param commits The range, oldest first.
 * @returns Each repeated subject with its commits, in order of first appearance.
 * @example
 * findDuplicateSubjects(commits) // [{ subject: '✨ add chain filter', commits: [c1, c4] }]
 */
export function findDuplicateSubjects(commits: readonly Commit[]): DuplicateSubject[] {
  const groups = new Map<string, DuplicateSubject>()
  for (const commit of commits) {
    const key = subjectKey(commit.subject)
    if (key === undefined) continue
    const group = groups.get(key)
    if (group) group.commits.push(commit)
    else groups.set(key, { subject: commit.subject, commits: [commit] })
  }
  return [...groups.values()].filter((group) => group.commits.length > 1)
}

function subjectKey(header: string): string | undefined {
  const parsed = parseCommitSubject(header)
  if (parsed.ok && (parsed.autosquash || parsed.gitmoji.code === ':twisted_rightwards_arrows:'))
    return undefined
  if (/^(?:fixup|squash|amend)! /.test(header)) return undefined
  const text =
    parsed.ok && parsed.origin === 'person'
      ? [
          stripVariationSelector(parsed.gitmoji.emoji),
          parsed.type ?? '',
          parsed.scope ?? '',
          parsed.breaking ? '!' : '',
          parsed.subject,
        ].join(' ')
      : header
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}
