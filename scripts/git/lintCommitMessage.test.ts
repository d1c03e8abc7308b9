import { describe, expect, it } from 'vitest'
import { cleanCommitMessage } from './cleanCommitMessage.ts'
import { lintCommitMessage } from './lintCommitMessage.ts'

// What `git commit -v` hands the hook: message, git's comments, scissors, then the diff.
const verbose = [
  '✨ add chain filter',
  '',
  'MAP-123 #comment filters by chain',
  '# Please enter the commit message for your changes. Lines starting',
  "# with '#' will be ignored, and an empty message aborts the commit.",
  '#',
  '# ------------------------ >8 ------------------------',
  '# Do not modify or remove the line above.',
  'diff --git a/x b/x',
  '+add stuff',
  '',
].join('\n')

describe(cleanCommitMessage.name, () => {
  it('drops comments, the scissors and the diff below them, and extra blank lines', () => {
    expect(cleanCommitMessage(verbose)).toBe('✨ add chain filter\n\nMAP-123 #comment filters by chain')
    expect(cleanCommitMessage('\n\n# only a comment\n   \n')).toBe('')
    expect(cleanCommitMessage('🐛 fix it  \r\n\r\n\r\n\r\nbody\r\n')).toBe('🐛 fix it\n\nbody')
  })

  it('honours another comment string', () => {
    expect(
      cleanCommitMessage('; comment\n#1 is fine\n; ------------------------ >8 ------------------------\nx', {
        commentString: ';',
      }),
    ).toBe('#1 is fine')
  })
})

describe(lintCommitMessage.name, () => {
  it('accepts a gitmoji subject with smart-commit commands in the body', () => {
    expect(lintCommitMessage(verbose)).toMatchObject({ ok: true, header: '✨ add chain filter' })
  })

  it('judges the subject git will store, not the diff under the scissors', () => {
    const diffLooksFine = verbose.replace('✨ add chain filter', 'add chain filter')
    expect(lintCommitMessage(diffLooksFine)).toMatchObject({ ok: false, header: 'add chain filter' })
  })

  it('refuses an empty message and a body glued to the subject', () => {
    expect(lintCommitMessage('# nothing\n')).toMatchObject({
      ok: false,
      problems: [{ problem: 'the commit message is empty' }],
    })
    expect(lintCommitMessage('✨ add chain filter\nMAP-123 #done')).toMatchObject({
      ok: false,
      problems: [{ problem: 'no blank line between the subject and the body' }],
    })
  })
})
