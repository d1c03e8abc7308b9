import type { CustomPlugin, XastChild, XastElement, XastParent } from 'svgo'

const SVG_NS = 'http://www.w3.org/2000/svg'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

/** Elements a logo never needs and that run code, embed documents or change how URLs resolve. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'applet',
  'frame',
  'frameset',
  'base',
  'link',
  'meta',
  // SVG Tiny 1.2 event handlers: some renderers still run them.
  'handler',
  'listener',
])

/** Elements whose only job is to show what their href points at: without a local target they go. */
const FETCHING_ELEMENTS = new Set(['use', 'image', 'feimage', 'tref', 'iframe', 'embed', 'object'])

const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatetransform', 'animatemotion', 'animatecolor'])

/** Attribute local names that hold a URL; `base` is `xml:base`, which re-targets every relative URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'base'])

const localName = (name: string): string => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name)
const prefixOf = (name: string): string => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '')

const isLocalFragment = (value: string): boolean => /^#\S*$/.test(value.trim())

/** Browsers drop ASCII whitespace and control characters inside URL schemes, so `java\tscript:` still runs. */
const squash = (value: string): string =>
  Array.from(value)
    .filter((char) => (char.codePointAt(0) ?? 0) > 0x20 && !/\s/.test(char))
    .join('')
    .toLowerCase()

const hasScriptScheme = (value: string): boolean => /(?:javascript|vbscript|livescript):/.test(squash(value))

/** CSS escapes (`\75 rl(`) would hide a `url(` from a plain search, so they are decoded first. */
const decodeCssEscapes = (css: string): string =>
  css
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    })
    .replace(/\\(.)/gs, '$1')

/** The first non-fragment target referenced from CSS or a presentation attribute, if any. */
function externalCssReference(text: string): string | undefined {
  const css = decodeCssEscapes(text)
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gis)) {
    const target = match[2] ?? ''
    if (!isLocalFragment(target)) return target
  }
  const rest = css.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gis, '')
  // image-set() and the like accept bare strings, which fetch just like url().
  if (/image(?:-set)?\s*\(|cross-fade\s*\(/i.test(rest)) return 'image-set()'
  // A url( the pattern above could not read (unbalanced, odd quoting) is treated as external.
  if (/url\s*\(/i.test(rest)) return 'url()'
  return undefined
}

const describeUrl = (attribute: string, value: string, element: string): string => {
  const squashed = squash(value)
  if (hasScriptScheme(value)) return `javascript: ${attribute} on <${element}>`
  if (squashed.startsWith('data:')) return `data: URL ${attribute} on <${element}>`
  return `external ${attribute} "${value}" on <${element}>`
}

const detach = (node: XastChild, parent: XastParent): void => {
  parent.children = parent.children.filter((child) => child !== node)
}

const textOf = (element: XastElement): string =>
  element.children
    .map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : ''))
    .join('')

/**
 * Builds the svgo plugin that strips everything able to run code or fetch from outside the file, and
 * appends one human-readable line per removal to `removed`.
 *
 * @param removed - Receives a line such as `onload attribute on <svg>` for every removal.
 * @param onRootInvalid - Called with a reason when the document's root element is not `<svg>`; it must throw.
 * @returns A custom svgo plugin; list it before `preset-default` so removals are named before optimizing.
 * @example
 * const removed: string[] = []
 * optimize(text, { plugins: [svgSecurityPlugin(removed, fail), 'preset-default'] })
 */
export function svgSecurityPlugin(removed: string[], onRootInvalid: (reason: string) => never): CustomPlugin {
  return {
    name: 'atlasSvgSecurity',
    fn: () => {
      const scopes = new WeakMap<XastParent, ReadonlyMap<string, string>>()
      const remove = (node: XastChild, parent: XastParent, what: string): void => {
        removed.push(what)
        detach(node, parent)
      }
      return {
        root: {
          enter(root) {
            scopes.set(root, new Map())
            const first = root.children.find((child) => child.type === 'element')
            if (first === undefined) onRootInvalid('the file has no root element')
            else if (localName(first.name).toLowerCase() !== 'svg') {
              onRootInvalid(`the root element is <${first.name}>, not <svg>`)
            } else if (first.attributes.xmlns !== undefined && first.attributes.xmlns !== SVG_NS) {
              onRootInvalid(`the root element is in the namespace "${first.attributes.xmlns}", not SVG's`)
            }
          },
        },
        // Comments and CDATA are inert, but `<!--! <script> -->` or CDATA would carry markup into the output.
        comment: { enter: (node, parent) => detach(node, parent) },
        cdata: {
          enter(node, parent) {
            parent.children = parent.children.map((child) =>
              child === node ? { type: 'text', value: node.value } : child,
            )
          },
        },
        instruction: {
          enter(node, parent) {
            if (node.name.toLowerCase() !== 'xml')
              remove(node, parent, `<?${node.name}?> processing instruction`)
            else detach(node, parent)
          },
        },
        doctype: {
          enter(node, parent) {
            const external = [...node.data.doctype.matchAll(/(["'])(.*?)\1/g)]
              .map((match) => match[2] ?? '')
              .find((id) => !id.startsWith('-//W3C//') && !id.startsWith('http://www.w3.org/'))
            if (external !== undefined) remove(node, parent, `DOCTYPE referencing "${external}"`)
            else detach(node, parent)
          },
        },
        element: {
          enter(node, parent) {
            const scope = new Map(scopes.get(parent) ?? [])
            for (const [name, value] of Object.entries(node.attributes)) {
              if (name === 'xmlns') scope.set('', value)
              else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value)
            }
            scopes.set(node, scope)
            const local = localName(node.name).toLowerCase()
            const prefix = prefixOf(node.name).toLowerCase()
            const namespace = scope.get(prefixOf(node.name))

            if (namespace === XHTML_NS) {
              return remove(node, parent, `HTML element <${node.name}>`)
            }
            if (FORBIDDEN_ELEMENTS.has(local) || FORBIDDEN_ELEMENTS.has(prefix)) {
              const target = node.attributes.src ?? node.attributes.data ?? node.attributes.href
              const where = target === undefined ? '' : ` pointing to "${target}"`
              return remove(node, parent, `<${node.name}> element${where}`)
            }
            if (ANIMATION_ELEMENTS.has(local)) {
              const animated = localName(node.attributes.attributeName ?? '').toLowerCase()
              if (URL_ATTRIBUTES.has(animated) || animated.startsWith('on')) {
                return remove(node, parent, `<${node.name}> that sets ${node.attributes.attributeName}`)
              }
            }
            if (local === 'style') {
              const css = textOf(node)
              const decoded = decodeCssEscapes(css)
              if (/@import/i.test(decoded)) return remove(node, parent, '<style> with @import')
              if (hasScriptScheme(decoded) || /expression\s*\(|-moz-binding|behavior\s*:/i.test(decoded)) {
                return remove(node, parent, '<style> with script')
              }
              const external = externalCssReference(css)
              if (external !== undefined)
                return remove(node, parent, `<style> with external url("${external}")`)
            }

            for (const [name, value] of Object.entries(node.attributes)) {
              if (name === 'xmlns' || name.startsWith('xmlns:')) continue
              const attrLocal = localName(name).toLowerCase()
              if (attrLocal.startsWith('on') || name.toLowerCase().startsWith('on')) {
                removed.push(`${name} attribute on <${node.name}>`)
                delete node.attributes[name]
              } else if (URL_ATTRIBUTES.has(attrLocal)) {
                if (isLocalFragment(value)) continue
                const what = describeUrl(name, value, node.name)
                if (FETCHING_ELEMENTS.has(local)) return remove(node, parent, `${what} (element removed)`)
                removed.push(what)
                delete node.attributes[name]
              } else if (hasScriptScheme(value)) {
                removed.push(`javascript: in ${name} attribute on <${node.name}>`)
                delete node.attributes[name]
              } else {
                const external = externalCssReference(value)
                if (external !== undefined) {
                  removed.push(`external url("${external}") in ${name} attribute on <${node.name}>`)
                  delete node.attributes[name]
                }
              }
            }
          },
        },
      }
    },
  }
}
