/** Options of {@link cleanCommitMessage}. */
export interface CleanCommitMessageOptions {
  /** git's `core.commentString`/`core.commentChar`; `#` by default. */
  commentString?: string | undefined
}

// The line `git commit -v` writes above the diff; git ignores it and everything below it.
const scissors = ' ------------------------ >8 ------------------------'

/**
 * Cleans a commit message the way git's default `strip` cleanup does before storing it: drops
 * everything from the scissors line down (the `git commit -v` diff), comment lines, trailing
 * whitespace, and leading, trailing and repeated blank lines. A commit-msg hook sees the message
 * before this cleanup, so it must do the same to check what will actually be committed.
 *
 * @param raw The message file's text, as the hook receives it.
 * @param options The comment string git uses (see `core.commentChar`).
 * @returns The message git will store.
 * @example
 * cleanCommitMessage('✨ add chain filter\n# Please enter the commit message…\n') // '✨ add chain filter'
 */
export function cleanCommitMessage(raw: string, options: CleanCommitMessageOptions = {}): string {
  const comment = options.commentString || '#'
  const lines = raw.split(/\r?\n/)
  const cut = lines.indexOf(`${comment}${scissors}`)
  const kept = (cut === -1 ? lines : lines.slice(0, cut))
    .filter((line) => !line.startsWith(comment))
    .map((line) => line.trimEnd())
  const collapsed = kept.filter((line, index) => line !== '' || (index > 0 && kept[index - 1] !== ''))
  return collapsed.join('\n').trim()
}
