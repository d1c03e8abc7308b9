import { optimize } from 'svgo'
import { LogoInvalidError } from './LogoInvalidError.ts'
import { svgSecurityPlugin } from './svgSecurityPlugin.ts'

/** Largest logo accepted, in UTF-8 bytes: a logo is a few KiB; anything bigger is an embedded bitmap or a bomb. */
export const MAX_LOGO_BYTES = 64 * 1024

/** A sanitized, optimized SVG and what had to be taken out of it. */
export interface SanitizedSvg {
  /** The SVG, safe to inline into a page and optimized by svgo; same input, same bytes. */
  svg: string
  /** One line per removed part, e.g. `onload attribute on <svg>`; empty when the logo was clean. */
  removed: string[]
}

/**
 * Makes a contributed SVG safe to inline: strips scripts, event handlers, `javascript:` and external
 * references (href/src/url() that are not `#fragment`s), `<foreignObject>`, embedded documents, animations
 * that set href or handlers, and processing instructions, naming each removal; then optimizes with svgo's
 * preset-default (viewBox kept). Pure: no file system, no network.
 *
 * @param svgText - The SVG file's text.
 * @returns The sanitized SVG and the list of removed parts.
 * @throws {LogoInvalidError} When the text is over 64 KiB, declares XML entities or an internal DTD subset
 * (XXE, billion laughs), does not parse, or its root element is not `<svg>`.
 * @example
 * const { svg, removed } = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
 * // removed: ['onload attribute on <svg>']
 */
export function sanitizeSvg(svgText: string): SanitizedSvg {
  const bytes = Buffer.byteLength(svgText, 'utf8')
  if (bytes > MAX_LOGO_BYTES) {
    throw new LogoInvalidError({
      reason: `it is ${Math.ceil(bytes / 1024)} KiB, over the ${MAX_LOGO_BYTES / 1024} KiB limit`,
      fix: 'Simplify the paths or remove embedded bitmaps (e.g. run it through svgo), and keep it under 64 KiB.',
    })
  }
  // svgo's parser expands internal entity declarations, so they must be refused before it sees them.
  if (/<!(?:ENTITY|ATTLIST|ELEMENT|NOTATION)\b/i.test(svgText) || /<!DOCTYPE[^>]*\[/i.test(svgText)) {
    throw new LogoInvalidError({
      reason: 'it declares XML entities or an internal DTD subset',
      fix: 'Delete the <!DOCTYPE …> block (and any &entity; references) and re-export the SVG.',
    })
  }

  const removed: string[] = []
  const notSvg = (reason: string): never => {
    throw new LogoInvalidError({ reason, fix: 'Save the logo as an SVG file whose root element is <svg>.' })
  }
  const security = svgSecurityPlugin(removed, notSvg)
  let svg: string
  try {
    svg = optimize(svgText, {
      multipass: true,
      // The security pass runs again after the optimizers so nothing they rewrite slips through.
      plugins: [security, 'preset-default', { ...security, name: 'atlasSvgSecurityAfter' }],
      js2svg: { pretty: false, finalNewline: true },
    }).data
  } catch (error) {
    if (error instanceof LogoInvalidError) throw error
    throw new LogoInvalidError({
      reason: `it does not parse as SVG (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      fix: 'Open it in a browser or an SVG editor, fix or re-export it, and check it is well-formed XML.',
      cause: error,
    })
  }
  return { svg, removed }
}
