import { checkCss, type RelativizeResult, relativizeCss } from './relativizeCss.ts'
import { classifyUrl, isOtherOrigin, toRelative, type UrlProblem } from './url.ts'

/** Attributes whose whole value is one URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'longdesc',
  'manifest',
  'icon',
  'xlink:href',
])
/** Attributes holding a list of image candidates. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset'])
/** `<link rel>` values that only describe a page and make the browser load nothing. */
const NON_LOADING_RELS = new Set([
  'alternate',
  'author',
  'canonical',
  'help',
  'license',
  'me',
  'next',
  'prev',
  'search',
])
/** Attributes that point at a page to go to rather than something the browser loads with the page. */
const NAVIGATION_ATTRIBUTES = new Set(['action', 'formaction', 'cite', 'longdesc'])
/** Elements whose `href` makes the browser load something (others, like `<a>`, navigate). */
const LOADING_HREF_ELEMENTS = new Set(['link', 'image', 'use', 'feimage', 'script'])

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y
const ATTRIBUTE = /([^\s"'<>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
/** A quoted string in a script that starts with a root-absolute path to a built asset. */
const SCRIPT_ASSET = /(["'`])\/(?![/\\])[^"'`\s]*\b_astro\//g

type Mode = 'rewrite' | 'check'

interface Context {
  file: string
  mode: Mode
  problems: UrlProblem[]
}

/** Calls `visit` on each URL of a `srcset` value and puts back what it returns; descriptors are kept. */
export function mapSrcset(value: string, visit: (url: string) => string): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    const separators = /^[\s,]*/.exec(value.slice(i))?.[0] ?? ''
    out += separators
    i += separators.length
    if (i >= value.length) break
    let url = /^\S+/.exec(value.slice(i))?.[0] ?? ''
    i += url.length
    const trailing = /,+$/.exec(url)?.[0] ?? ''
    url = url.slice(0, url.length - trailing.length)
    out += visit(url) + trailing
    if (trailing) continue
    const descriptor = /^[^,]*/.exec(value.slice(i))?.[0] ?? ''
    out += descriptor
    i += descriptor.length
  }
  return out
}

function handleUrl(url: string, ctx: Context, isResource: boolean): string {
  const kind = classifyUrl(url)
  if (kind === 'root-absolute') {
    if (ctx.mode === 'rewrite' && !url.trim().startsWith('\\')) {
      const leading = /^\s*/.exec(url)?.[0] ?? ''
      const trailing = /\s*$/.exec(url)?.[0] ?? ''
      return leading + toRelative(url, ctx.file) + trailing
    }
    ctx.problems.push({ file: ctx.file, url, reason: 'root-absolute URL could not be made relative' })
  } else if (kind === 'protocol-relative') {
    ctx.problems.push({ file: ctx.file, url, reason: 'third-party reference (protocol-relative URL)' })
  } else if (isResource && isOtherOrigin(url)) {
    ctx.problems.push({
      file: ctx.file,
      url,
      reason: 'third-party resource (the site must not load anything from another origin)',
    })
  }
  return url
}

/** Rewrites a style sheet in rewrite mode; in both modes records what is wrong with the result. */
function handleCss(css: string, ctx: Context): string {
  if (ctx.mode === 'check') {
    ctx.problems.push(...checkCss(css, ctx.file))
    return css
  }
  const { output, problems } = relativizeCss(css, ctx.file)
  ctx.problems.push(...problems)
  return output
}

function rewriteTag(name: string, attributes: string, ctx: Context): string {
  const tag = name.toLowerCase()
  const relMatch = /(?:^|\s)rel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes)
  const rels = (relMatch?.[1] ?? relMatch?.[2] ?? relMatch?.[3] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const linkLoads = tag !== 'link' || rels.length === 0 || rels.some((rel) => !NON_LOADING_RELS.has(rel))
  const isRefresh = tag === 'meta' && /http-equiv\s*=\s*["']?refresh/i.test(attributes)

  return attributes.replace(
    ATTRIBUTE,
    (match, rawName: string, equals?: string, dq?: string, sq?: string, bare?: string) => {
      if (equals === undefined) return match
      const attr = rawName.toLowerCase()
      const value = dq ?? sq ?? bare ?? ''
      let next = value
      if (URL_ATTRIBUTES.has(attr)) {
        const isHref = attr === 'href' || attr === 'xlink:href'
        const isResource = isHref
          ? LOADING_HREF_ELEMENTS.has(tag) && (tag !== 'link' || linkLoads)
          : !NAVIGATION_ATTRIBUTES.has(attr)
        next = handleUrl(value, ctx, isResource)
      } else if (SRCSET_ATTRIBUTES.has(attr)) {
        next = mapSrcset(value, (url) => handleUrl(url, ctx, true))
      } else if (attr === 'ping') {
        next = value.replace(/\S+/g, (url) => handleUrl(url, ctx, true))
      } else if (attr === 'style') {
        next = handleCss(value, ctx)
      } else if (attr === 'content' && isRefresh) {
        next = value.replace(/(;\s*url\s*=\s*['"]?)([^'"\s;]+)/i, (_m, prefix: string, url: string) => {
          return prefix + handleUrl(url, ctx, false)
        })
      }
      if (next === value) return match
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '"'
      return `${rawName}${equals}${quote}${next}${quote}`
    },
  )
}

function transform(html: string, ctx: Context): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      out += html.slice(i)
      break
    }
    out += html.slice(i, lt)
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      const stop = end === -1 ? html.length : end + 3
      out += html.slice(lt, stop)
      i = stop
      continue
    }
    TAG.lastIndex = lt
    const match = TAG.exec(html)
    if (!match) {
      out += '<'
      i = lt + 1
      continue
    }
    const [whole, name = '', attributes = ''] = match
    out += `<${name}${rewriteTag(name, attributes, ctx)}>`
    i = lt + whole.length
    const tag = name.toLowerCase()
    if (tag === 'script' || tag === 'style') {
      const close = new RegExp(`</${tag}\\s*>`, 'ig')
      close.lastIndex = i
      const end = close.exec(html)?.index ?? html.length
      const body = html.slice(i, end)
      if (tag === 'style') out += handleCss(body, ctx)
      else {
        for (const found of body.matchAll(SCRIPT_ASSET)) {
          const rest = body.slice((found.index ?? 0) + 1)
          const url = rest.slice(0, rest.search(new RegExp(`[${found[1]}\\s]|$`)))
          ctx.problems.push({ file: ctx.file, url, reason: 'root-absolute asset URL in an inline script' })
        }
        out += body
      }
      i = end
    }
  }
  return out
}

/**
 * A last, parser-independent look for root-absolute URLs in URL attributes and `url()`s, so a page the
 * tokenizer misreads still cannot slip through.
 */
const LEFTOVER =
  /<[a-zA-Z][^<>]*?[\s"'](?:href|src|srcset|imagesrcset|action|formaction|poster|data|xlink:href)\s*=\s*["']?\s*(\/(?![/\\])[^\s"'>]*)|url\(\s*["']?(\/(?![/\\])[^)"'\s]*)/gi

function stripInert(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
}

/** Adds the URLs the parser-independent look finds in `html` and `problems` does not list yet. */
function addLeftovers(html: string, file: string, problems: UrlProblem[]): UrlProblem[] {
  for (const found of stripInert(html).matchAll(LEFTOVER)) {
    const url = found[1] ?? found[2] ?? ''
    if (!problems.some((problem) => problem.url === url)) {
      problems.push({ file, url, reason: 'root-absolute URL could not be made relative' })
    }
  }
  return problems
}

/** Lists root-absolute URLs and third-party references left in an HTML document. */
export function checkHtml(html: string, file: string): UrlProblem[] {
  const ctx: Context = { file, mode: 'check', problems: [] }
  transform(html, ctx)
  return addLeftovers(html, file, ctx.problems)
}

/**
 * Rewrites every root-absolute URL of an HTML document (URL attributes, each `srcset` candidate, inline
 * `style` attributes and `<style>` elements) relative to `file`, the document's path inside the site.
 * `#hash`, `?query`, relative URLs and URLs with a scheme are left alone. Returns the new document and
 * whatever is still not acceptable: root-absolute URLs it could not rewrite (in inline scripts, say) and
 * references to other origins that would make the browser load something (`//cdn…`, `<script src=https:…>`).
 * One pass does both: what it leaves alone is what `checkHtml` would report on the output.
 *
 * @example
 * relativizeHtml('<a href="/projects/aave/">', 'projects/uniswap/index.html').output
 * // '<a href="../aave/">'
 */
export function relativizeHtml(html: string, file: string): RelativizeResult {
  const ctx: Context = { file, mode: 'rewrite', problems: [] }
  const output = transform(html, ctx)
  return { output, problems: addLeftovers(output, file, ctx.problems) }
}
