/**
 * Saving a view as a file, shared by the graph and the landscape: an SVG string drawn to PNG on a canvas,
 * and a download through a blob URL. Nothing leaves the browser.
 */

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
