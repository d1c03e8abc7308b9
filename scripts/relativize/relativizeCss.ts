import { classifyUrl, isOtherOrigin, toRelative, type UrlProblem } from './url.ts'

export interface RelativizeResult {
  output: string
  /** URLs that are still not acceptable after the rewrite. Empty when the file is fine. */
  problems: UrlProblem[]
}

const URL_FUNCTION = /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi
const IMPORT_STRING = /@import\s+(["'])([^"']*)\1/gi

/** Calls `visit` for every URL in a style sheet and puts back what it returns. */
function mapCssUrls(css: string, visit: (url: string) => string): string {
  return css
    .replace(URL_FUNCTION, (match, double?: string, single?: string, bare?: string) => {
      const url = double ?? single ?? bare ?? ''
      const next = visit(url)
      if (next === url) return match
      const quote = double !== undefined ? '"' : single !== undefined ? "'" : ''
      return `url(${quote}${next}${quote})`
    })
    .replace(IMPORT_STRING, (match, quote: string, url: string) => {
      const next = visit(url)
      return next === url ? match : `@import ${quote}${next}${quote}`
    })
}

/** Lists every URL of a style sheet that is root-absolute or loads from another origin. */
export function checkCss(css: string, file: string): UrlProblem[] {
  const problems: UrlProblem[] = []
  mapCssUrls(css, (url) => {
    if (classifyUrl(url) === 'root-absolute') {
      problems.push({ file, url, reason: 'root-absolute URL left in CSS' })
    } else if (isOtherOrigin(url)) {
      problems.push({
        file,
        url,
        reason: 'third-party reference in CSS (the site must not load anything from another origin)',
      })
    }
    return url
  })
  return problems
}

/**
 * Rewrites the root-absolute `url()` and `@import` references of a style sheet relative to `file`, the
 * path of the style sheet (or of the HTML document, for inline styles) inside the site.
 *
 * @example
 * relativizeCss('a{background:url(/_astro/x.png)}', '_astro/site.css').output // 'a{background:url(x.png)}'
 */
export function relativizeCss(css: string, file: string): RelativizeResult {
  const output = mapCssUrls(css, (url) =>
    classifyUrl(url) === 'root-absolute' && !url.trim().startsWith('\\') ? toRelative(url, file) : url,
  )
  return { output, problems: checkCss(output, file) }
}
