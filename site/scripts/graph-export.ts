/**
 * The graph page's SVG export: a standalone SVG from the live one, computed colours inlined, since the
 * page's CSS variables do not travel with the file. Saving it (and drawing it as PNG) is in save-image.ts.
 */

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'display',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
  'stroke-linejoin',
] as const

/** Serializes the live SVG as it looks now (zoom, highlight, theme), with every style written inline. */
export function serializeLiveSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const copy = copies[i]
    if (!copy || !(original instanceof SVGElement)) return
    const computed = getComputedStyle(original)
    const inline = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';')
    copy.setAttribute('style', inline)
    copy.removeAttribute('class')
    copy.removeAttribute('tabindex')
  })
  const { width, height } = svg.viewBox.baseVal
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.style.removeProperty('display')
  clone.style.setProperty('font-family', getComputedStyle(svg).fontFamily)
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  rect.setAttribute('width', String(width))
  rect.setAttribute('height', String(height))
  rect.setAttribute('fill', background)
  clone.querySelector('defs')?.after(rect)
  return new XMLSerializer().serializeToString(clone)
}
