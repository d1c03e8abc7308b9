/**
 * Export helpers of the graph page: a standalone SVG from the live one (computed colours inlined, since the
 * page's CSS variables do not travel with the file), an SVG string drawn to PNG, and a download through a
 * blob URL (nothing leaves the browser).
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

/** Draws an SVG document string onto a canvas of its own size (capped) and returns the PNG. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob | null> {
  const scale = Math.min(2, 8192 / Math.max(width, height, 1))
  const image = new Image()
  // A data: URL, because the page's CSP allows data: images and not blob: ones.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) return null
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'))
}

/** Saves a blob under `name` through a temporary blob URL. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
