import { describe, expect, it } from 'vitest'
import { findGitmoji, matchGitmoji, stripVariationSelector } from './matchGitmoji.ts'
import { closestGitmojiCode, suggestGitmoji, suggestionWords } from './suggestGitmoji.ts'

describe(suggestGitmoji.name, () => {
  it('maps every keyword to an official gitmoji code', () => {
    for (const [word, code] of Object.entries(suggestionWords)) expect(findGitmoji(code), word).toBeDefined()
  })

  it('prefers the first word, then any word', () => {
    expect(suggestGitmoji('fix: crash')?.emoji).toBe('🐛')
    expect(suggestGitmoji('Add chain filter')?.emoji).toBe('✨')
    expect(suggestGitmoji('update the docs')?.emoji).toBe('📝')
    expect(suggestGitmoji('whatever happened')).toBeUndefined()
  })
})

describe(closestGitmojiCode.name, () => {
  it('finds a near miss and gives up on nonsense', () => {
    expect(closestGitmojiCode(':sparkle:', [':sparkles:', ':bug:'])).toBe(':sparkles:')
    expect(closestGitmojiCode(':zzzzzzzzzz:', [':sparkles:', ':bug:'])).toBeUndefined()
  })
})

describe(matchGitmoji.name, () => {
  it('matches with or without U+FE0F and keeps what was typed', () => {
    expect(matchGitmoji('♻ tidy')).toMatchObject({
      kind: 'known',
      raw: '♻',
      rest: ' tidy',
      gitmoji: { emoji: '♻️' },
    })
    expect(matchGitmoji('♻️ tidy')).toMatchObject({ kind: 'known', raw: '♻️', rest: ' tidy' })
    expect(matchGitmoji('🧑‍💻 nicer errors')).toMatchObject({
      kind: 'known',
      gitmoji: { code: ':technologist:' },
    })
    expect(matchGitmoji('🦄 x')).toMatchObject({ kind: 'unknown', raw: '🦄' })
    expect(matchGitmoji('x')).toEqual({ kind: 'none', rest: 'x' })
    expect(stripVariationSelector('⚡️')).toBe('⚡')
  })
})
