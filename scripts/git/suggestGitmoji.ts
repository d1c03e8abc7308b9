import { findGitmoji, type Gitmoji } from './matchGitmoji.ts'

// Words people start a subject with (or conventional types), mapped to the gitmoji code that says the
// same. Codes, not emojis: the emoji, description and semver always come from the `gitmojis` package.
const codeByWord: Record<string, string> = {
  fix: ':bug:',
  fixes: ':bug:',
  fixed: ':bug:',
  bug: ':bug:',
  hotfix: ':ambulance:',
  add: ':sparkles:',
  adds: ':sparkles:',
  added: ':sparkles:',
  feat: ':sparkles:',
  feature: ':sparkles:',
  implement: ':sparkles:',
  introduce: ':sparkles:',
  support: ':sparkles:',
  docs: ':memo:',
  doc: ':memo:',
  document: ':memo:',
  documentation: ':memo:',
  readme: ':memo:',
  test: ':white_check_mark:',
  tests: ':white_check_mark:',
  refactor: ':recycle:',
  simplify: ':recycle:',
  remove: ':fire:',
  delete: ':fire:',
  drop: ':fire:',
  rename: ':truck:',
  move: ':truck:',
  typo: ':pencil2:',
  typos: ':pencil2:',
  perf: ':zap:',
  speed: ':zap:',
  optimize: ':zap:',
  faster: ':zap:',
  ci: ':construction_worker:',
  build: ':construction_worker:',
  config: ':wrench:',
  configure: ':wrench:',
  chore: ':wrench:',
  upgrade: ':arrow_up:',
  bump: ':arrow_up:',
  downgrade: ':arrow_down:',
  pin: ':pushpin:',
  deps: ':heavy_plus_sign:',
  dependency: ':heavy_plus_sign:',
  release: ':bookmark:',
  version: ':bookmark:',
  revert: ':rewind:',
  security: ':lock:',
  lint: ':rotating_light:',
  style: ':art:',
  format: ':art:',
  wip: ':construction:',
  i18n: ':globe_with_meridians:',
  translate: ':globe_with_meridians:',
  a11y: ':wheelchair:',
  accessibility: ':wheelchair:',
  types: ':label:',
  log: ':loud_sound:',
  logs: ':loud_sound:',
  init: ':tada:',
  initial: ':tada:',
  breaking: ':boom:',
  ui: ':lipstick:',
  css: ':lipstick:',
  merge: ':twisted_rightwards_arrows:',
  deploy: ':rocket:',
  license: ':page_facing_up:',
  comment: ':bulb:',
  comments: ':bulb:',
  assets: ':bento:',
  gitignore: ':see_no_evil:',
  snapshot: ':camera_flash:',
  snapshots: ':camera_flash:',
  validate: ':safety_vest:',
  validation: ':safety_vest:',
  healthcheck: ':stethoscope:',
  mock: ':clown_face:',
}

/** Every word {@link suggestGitmoji} recognises, with the gitmoji code it maps to (for tests and docs). */
export const suggestionWords: Readonly<Record<string, string>> = codeByWord

/**
 * Guesses the gitmoji a subject without one probably wants, from its words: `fix` → 🐛, `add` → ✨,
 * `docs` → 📝, `test` → ✅, a conventional `feat:` prefix → ✨… The first word counts most.
 *
 * @param subject The subject as typed, e.g. `fix: crash on empty registry` or `update the docs`.
 * @returns The gitmoji to suggest, or `undefined` when no word gives a hint.
 * @example
 * suggestGitmoji('add chain filter')?.emoji // '✨'
 */
export function suggestGitmoji(subject: string): Gitmoji | undefined {
  const words = subject.toLowerCase().match(/[a-z0-9]+/g) ?? []
  for (const word of words) {
    const code = codeByWord[word]
    if (code) return findGitmoji(code)
  }
  return undefined
}

/**
 * Finds the official shortcode closest to a mistyped one (`:sparkle:` → `:sparkles:`).
 *
 * @param code The shortcode as typed, with its colons.
 * @param codes The official codes to choose from.
 * @returns The closest code within 3 edits, or `undefined`.
 * @example
 * closestGitmojiCode(':sparkle:', [':sparkles:', ':bug:']) // ':sparkles:'
 */
export function closestGitmojiCode(code: string, codes: readonly string[]): string | undefined {
  let best: { code: string; distance: number } | undefined
  for (const candidate of codes) {
    const distance = editDistance(code, candidate)
    if (distance <= 3 && (!best || distance < best.distance)) best = { code: candidate, distance }
  }
  return best?.code
}

/** Levenshtein distance, enough for short shortcodes. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
