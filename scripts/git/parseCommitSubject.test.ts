import { gitmojis } from 'gitmojis'
import { describe, expect, it } from 'vitest'
import { parseCommitSubject } from './parseCommitSubject.ts'

const fixOf = (header: string) => {
  const result = parseCommitSubject(header)
  if (result.ok) throw new Error(`expected "${header}" to be refused`)
  return result.problems
}

describe(parseCommitSubject.name, () => {
  it('reads gitmoji, conventional type and scope, subject and Jira keys', () => {
    expect(parseCommitSubject('✨ feat(map): add chain filter MAP-123')).toMatchObject({
      ok: true,
      gitmoji: { emoji: '✨', code: ':sparkles:' },
      origin: 'person',
      type: 'feat',
      scope: 'map',
      breaking: false,
      subject: 'add chain filter MAP-123',
      jiraKeys: ['MAP-123'],
    })
    expect(parseCommitSubject('🐛 fix the crash on an empty registry')).toMatchObject({
      ok: true,
      gitmoji: { code: ':bug:' },
      type: undefined,
      subject: 'fix the crash on an empty registry',
    })
    expect(parseCommitSubject('💥 feat!: drop the v1 export')).toMatchObject({ type: 'feat', breaking: true })
  })

  it('accepts every official gitmoji as emoji with or without U+FE0F, and as :code:', () => {
    for (const gitmoji of gitmojis) {
      for (const written of [gitmoji.emoji, gitmoji.emoji.replaceAll('\uFE0F', ''), gitmoji.code]) {
        expect(parseCommitSubject(`${written} do the thing`), written).toMatchObject({
          ok: true,
          gitmoji: { code: gitmoji.code },
          subject: 'do the thing',
        })
      }
    }
    expect(parseCommitSubject('✨\uFE0F add stuff')).toMatchObject({ ok: true, subject: 'add stuff' })
  })

  it('accepts the merge and revert subjects git and the forges write', () => {
    for (const header of [
      "Merge branch 'main' into feature/map",
      "Merge branch 'x' of https://github.com/o/r",
      'Merge pull request #12 from someone/feature',
      "Merge remote-tracking branch 'origin/main'",
      "Merge tag 'v1.2.0'",
      `Merge ${'a'.repeat(40)} into ${'b'.repeat(40)}`,
    ]) {
      expect(parseCommitSubject(header), header).toMatchObject({
        ok: true,
        origin: 'git',
        gitmoji: { emoji: '🔀' },
      })
    }
    expect(parseCommitSubject('Revert "✨ add chain filter"')).toMatchObject({
      ok: true,
      gitmoji: { code: ':rewind:' },
    })
    expect(parseCommitSubject('Reapply "Revert "✨ add x""')).toMatchObject({ ok: true, origin: 'git' })
    expect(parseCommitSubject('Merge stuff I like').ok).toBe(false)
  })

  it('reads fixup!/squash!/amend! subjects so the hook lets them through', () => {
    expect(parseCommitSubject('fixup! ✨ add chain filter')).toMatchObject({ ok: true, autosquash: 'fixup' })
    expect(parseCommitSubject('amend! fixup! 🐛 fix it')).toMatchObject({ ok: true, autosquash: 'amend' })
  })

  it('refuses a subject without a gitmoji and suggests one from its words', () => {
    expect(fixOf('add stuff')).toMatchInlineSnapshot(`
      [
        {
          "fix": "start the subject with a gitmoji, e.g. \`✨ add stuff\` (see https://gitmoji.dev)",
          "problem": "no gitmoji at the start of the subject",
        },
      ]
    `)
    expect(fixOf('fix: crash on empty registry')[0]?.fix).toContain('`🐛 fix: crash on empty registry`')
    expect(fixOf('update the docs')[0]?.fix).toContain('`📝 update the docs`')
    expect(fixOf('more tests')[0]?.fix).toContain('`✅ more tests`')
    expect(fixOf('stuff happened')).toMatchInlineSnapshot(`
      [
        {
          "fix": "start the subject with a gitmoji, e.g. \`✨ stuff happened\` for a feature or \`🐛 stuff happened\` for a fix (see https://gitmoji.dev)",
          "problem": "no gitmoji at the start of the subject",
        },
      ]
    `)
  })

  it('names unknown codes and emojis, a missing space and an empty subject', () => {
    expect(fixOf(':sparkle: add stuff')).toMatchInlineSnapshot(`
      [
        {
          "fix": "did you mean \`:sparkles:\` (✨ Introduce new features.)? See https://gitmoji.dev",
          "problem": "\`:sparkle:\` is not a gitmoji code",
        },
      ]
    `)
    expect(fixOf('🦄 add stuff')).toMatchInlineSnapshot(`
      [
        {
          "fix": "use one from https://gitmoji.dev, e.g. \`✨ add stuff\`",
          "problem": "🦄 is not a gitmoji",
        },
      ]
    `)
    expect(fixOf('✨add stuff')).toMatchInlineSnapshot(`
      [
        {
          "fix": "write \`✨ add stuff\`",
          "problem": "no space after the gitmoji ✨",
        },
      ]
    `)
    expect(fixOf('✨ feat(map):')).toMatchInlineSnapshot(`
      [
        {
          "fix": "say what the commit does, e.g. \`✨ feat(map): add chain filter\`",
          "problem": "nothing after the gitmoji ✨ and \`feat(map):\`",
        },
      ]
    `)
    expect(fixOf('✨')[0]?.problem).toBe('nothing after the gitmoji ✨')
    expect(fixOf('   ')).toMatchInlineSnapshot(`
      [
        {
          "fix": "say what the commit does, e.g. \`✨ add chain filter\`",
          "problem": "the subject is empty",
        },
      ]
    `)
  })

  it('refuses Jira smart-commit commands in the header, keeping #123 and C# allowed', () => {
    expect(fixOf('✨ MAP-123 #comment add chain filter')).toMatchInlineSnapshot(`
      [
        {
          "fix": "move it to the body: a blank line after the subject, then a line like \`MAP-123 #comment …\` (git drops body lines that start with #)",
          "problem": "Jira smart-commit command \`#comment\` in the subject",
        },
      ]
    `)
    expect(fixOf('MAP-1 #time 1h add stuff').map((problem) => problem.problem)).toEqual([
      'Jira smart-commit command `#time` in the subject',
      'no gitmoji at the start of the subject',
    ])
    expect(parseCommitSubject('🐛 fix #123 in the C# bindings').ok).toBe(true)
  })

  it('does not take standards like ERC-20 or IPIP-499 for Jira keys', () => {
    expect(parseCommitSubject('✨ index ERC-20 tokens under IPIP-499 for OPS-7')).toMatchObject({
      jiraKeys: ['OPS-7'],
    })
    expect(parseCommitSubject('✨ MAP-1 and OPS-2', { jira: { projects: ['OPS'] } })).toMatchObject({
      jiraKeys: ['OPS-2'],
    })
  })
})
