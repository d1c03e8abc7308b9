import { gitmojis } from 'gitmojis'

/** One entry of the official gitmoji list (npm package `gitmojis`): emoji, `:code:`, description, semver. */
export type Gitmoji = (typeof gitmojis)[number]

/** What {@link matchGitmoji} found at the start of a subject. */
export type GitmojiMatch =
  /** A known gitmoji, written `raw` (unicode, with or without U+FE0F, or `:code:`). */
  | { kind: 'known'; gitmoji: Gitmoji; raw: string; rest: string }
  /** A shortcode or an emoji that is not in the official list. */
  | { kind: 'unknown'; raw: string; rest: string }
  /** Nothing that looks like a gitmoji. */
  | { kind: 'none'; rest: string }

// U+FE0F asks for the emoji presentation. 19 official gitmojis carry it ("⚡️", "♻️"…) and keyboards,
// editors and the gitmoji CLI disagree on whether to type it, so both spellings must match.
const variationSelector = /\uFE0F/g

/**
 * Removes the U+FE0F variation selector, so `♻️` and `♻` compare equal.
 *
 * @param text Any text.
 * @returns The text without U+FE0F.
 * @example
 * stripVariationSelector('♻️') === '♻' // true
 */
export function stripVariationSelector(text: string): string {
  return text.replace(variationSelector, '')
}

const byEmoji = new Map(gitmojis.map((gitmoji) => [stripVariationSelector(gitmoji.emoji), gitmoji]))
const byCode = new Map<string, Gitmoji>(gitmojis.map((gitmoji) => [gitmoji.code, gitmoji]))
// Longest first: `🧑‍💻` (ZWJ sequence) must win over any shorter emoji it starts with.
const emojiKeys = [...byEmoji.keys()].sort((a, b) => b.length - a.length)
const leadingCode = /^:[\w+-]+:/
const leadingPictograph =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Extended_Pictographic}|\p{Emoji_Modifier})*/u

/**
 * Looks up a gitmoji by its shortcode (`:sparkles:`) or its emoji, ignoring U+FE0F.
 *
 * @param token The shortcode or emoji, e.g. `:recycle:`, `♻️` or `♻`.
 * @returns The official gitmoji, or `undefined`.
 * @example
 * findGitmoji(':bug:')?.emoji // '🐛'
 */
export function findGitmoji(token: string): Gitmoji | undefined {
  return byCode.get(token) ?? byEmoji.get(stripVariationSelector(token))
}

/**
 * Reads the gitmoji a commit subject starts with, if any.
 *
 * @param text A commit subject, e.g. `♻️ share HTTP responses`.
 * @returns The gitmoji and the text after it (`rest` keeps its leading space, so callers can
 *   insist on one), or what looked like a gitmoji but is not official, or `none`.
 * @example
 * matchGitmoji('✨ add chain filter') // { kind: 'known', gitmoji: { emoji: '✨', … }, raw: '✨', rest: ' add chain filter' }
 */
export function matchGitmoji(text: string): GitmojiMatch {
  const code = leadingCode.exec(text)?.[0]
  if (code) {
    const gitmoji = byCode.get(code)
    const rest = text.slice(code.length)
    return gitmoji ? { kind: 'known', gitmoji, raw: code, rest } : { kind: 'unknown', raw: code, rest }
  }
  for (const key of emojiKeys) {
    const raw = takePrefixIgnoringVariationSelector(text, key)
    const gitmoji = byEmoji.get(key)
    if (raw !== undefined && gitmoji) return { kind: 'known', gitmoji, raw, rest: text.slice(raw.length) }
  }
  const pictograph = leadingPictograph.exec(text)?.[0]
  if (pictograph) return { kind: 'unknown', raw: pictograph, rest: text.slice(pictograph.length) }
  return { kind: 'none', rest: text }
}

/** The prefix of `text` that equals `key` once U+FE0F is removed from both, trailing U+FE0F included. */
function takePrefixIgnoringVariationSelector(text: string, key: string): string | undefined {
  let index = 0
  for (const char of key) {
    while (text[index] === '\uFE0F') index++
    if (!text.startsWith(char, index)) return undefined
    index += char.length
  }
  while (text[index] === '\uFE0F') index++
  return text.slice(0, index)
}
