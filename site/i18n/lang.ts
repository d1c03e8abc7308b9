/**
 * The languages of the interface. English lives at the site root, French under `fr/`; a visitor picks
 * one with a link (no server, no cookie, no Accept-Language), so every address serves the same bytes.
 */
export const LANGS = ['en', 'fr'] as const
export type Lang = (typeof LANGS)[number]

/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' }

/**
 * A feature's strings in every language. The type forces each language to have every key.
 * @example const m = pick(lang, { en: { title: 'Map' }, fr: { title: 'Carte' } })
 */
export function pick<T>(lang: Lang, messages: Record<Lang, T>): T {
  return messages[lang]
}

/** The folder a language's pages live in, relative to the site root: "" for English, "fr/" for French. */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '' : `${lang}/`
}

/**
 * Relative URLs for a page, from where it sits. `root` leads to the site root (shared files: logos,
 * api/, the other language); `home` to this language's home page.
 * @param lang - the page's language
 * @param pathFromLangHome - the page's folder below its language's home, e.g. "projects/uniswap/" or ""
 * @example pageUrls('fr', 'projects/uniswap/') // { root: '../../../', home: '../../', alternate: '../../../projects/uniswap/' }
 */
export function pageUrls(
  lang: Lang,
  pathFromLangHome: string,
): { root: string; home: string; alternate: string } {
  const depth = pathFromLangHome.split('/').filter(Boolean).length
  const home = depth === 0 ? './' : '../'.repeat(depth)
  const root = lang === 'en' ? home : '../'.repeat(depth + 1)
  const other: Lang = lang === 'en' ? 'fr' : 'en'
  return { root, home, alternate: `${root}${langPrefix(other)}${pathFromLangHome}` }
}

/** The other language, for the switch link. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en'
}
