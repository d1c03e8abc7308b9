import type { RelativizeResult } from './relativizeCss.ts'
import { classifyUrl, isOtherOrigin, toRelativeSpecifier, type UrlProblem } from './url.ts'

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, as bundlers print them. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'])([^"'\n]*)\2/g
/** Any string that starts with a root-absolute path to a built asset. */
const ASSET_STRING = /(["'`])(\/(?![/\\])[^"'`\s]*\b_astro\/[^"'`\s]*)\1/g

/** Lists module specifiers that load from another origin and root-absolute asset paths left in a script. */
export function checkJs(code: string, file: string): UrlProblem[] {
  const problems: UrlProblem[] = []
  for (const found of code.matchAll(SPECIFIER)) {
    const url = found[3] ?? ''
    if (isOtherOrigin(url)) problems.push({ file, url, reason: 'third-party module import' })
    else if (classifyUrl(url) === 'root-absolute')
      problems.push({ file, url, reason: 'root-absolute module import' })
  }
  for (const found of code.matchAll(ASSET_STRING)) {
    const url = found[2] ?? ''
    if (!problems.some((problem) => problem.url === url)) {
      problems.push({
        file,
        url,
        reason: 'root-absolute asset URL in a script (it cannot be made relative safely)',
      })
    }
  }
  return problems
}

/**
 * Rewrites root-absolute module specifiers of a bundled script relative to `file`, the script's path inside
 * the site (module specifiers resolve against the script's own URL). Other strings are not touched: a
 * root-absolute asset path used elsewhere is reported instead, since it would resolve against the page.
 *
 * @example
 * relativizeJs('import{a}from"/_astro/chunk.js"', '_astro/page.js').output // 'import{a}from"./chunk.js"'
 */
export function relativizeJs(code: string, file: string): RelativizeResult {
  const output = code.replace(SPECIFIER, (match, prefix: string, quote: string, url: string) =>
    classifyUrl(url) === 'root-absolute' && !url.startsWith('\\')
      ? `${prefix}${quote}${toRelativeSpecifier(url, file)}${quote}`
      : match,
  )
  return { output, problems: checkJs(output, file) }
}
