import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { monogramInitials } from '../../../indexer/logos/monogramSvg.ts'
import { parseFontMetrics } from './fontMetrics.ts'
import { COMMON_CHARS, createGlyphAtlas, type SvgRasterizer } from './glyphAtlas.ts'
import { LOGO_SIZE, OG_BACKGROUND, OG_STYLES, type OgCard, renderOgCard } from './renderOgCard.ts'

/** Where the renderer finds resvg's wasm and the DejaVu fonts: the installed packages by default. */
export interface OgRendererDeps {
  /** Folder holding `@resvg/resvg-wasm` and `dejavu-fonts-ttf`; defaults to `node_modules` in the working directory. */
  modulesDir?: string
}

/** A project as its card needs it. */
export interface OgProject {
  slug: string
  name: string
  description: string
  category: string
  categoryColor: string
  /** The sanitized logo SVG from `loadLogos`; a monogram is drawn when it is a monogram or absent. */
  logo?: { kind: 'file' | 'monogram'; svg: string }
}

export interface OgRenderer {
  /** The project's card as PNG bytes. */
  render(project: OgProject, siteName?: string): Uint8Array
}

let wasmReady: Promise<void> | undefined

/**
 * Starts resvg (once per process), reads DejaVu Sans regular and bold, and rasterises the common glyphs.
 * Only these bundled fonts are used (`loadSystemFonts: false`), so every machine draws the same pixels.
 *
 * @param deps - Where the packages are.
 * @returns A renderer whose `render` is synchronous and cheap (glyphs and logos are cached).
 * @throws When the wasm or font files cannot be read.
 * @example
 * const og = await createOgRenderer()
 * const png = og.render({ slug: 'uniswap', name: 'Uniswap', description: '…', category: 'DEX', categoryColor: '#60a5fa' })
 */
export async function createOgRenderer(deps: OgRendererDeps = {}): Promise<OgRenderer> {
  const modulesDir = deps.modulesDir ?? join(process.cwd(), 'node_modules')
  wasmReady ??= readFile(join(modulesDir, '@resvg/resvg-wasm/index_bg.wasm')).then((wasm) => initWasm(wasm))
  await wasmReady
  const fontDir = join(modulesDir, 'dejavu-fonts-ttf/ttf')
  const [regular, bold] = await Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
      async (file) => new Uint8Array(await readFile(join(fontDir, file))),
    ),
  )
  const fontBuffers = [regular as Uint8Array, bold as Uint8Array]
  const rasterizer: SvgRasterizer & { logo(svg: string): OgCard['logo'] } = {
    rasterize(svg, withFonts) {
      const resvg = new Resvg(svg, {
        font: withFonts
          ? { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
          : { loadSystemFonts: false },
      })
      try {
        const image = resvg.render()
        const result = { width: image.width, height: image.height, pixels: image.pixels }
        image.free()
        return result
      } finally {
        resvg.free()
      }
    },
    logo(svg) {
      const resvg = new Resvg(svg, {
        fitTo: { mode: 'width', value: LOGO_SIZE },
        background: OG_BACKGROUND,
        font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      })
      try {
        const image = resvg.render()
        const { width, pixels } = image
        const height = Math.min(image.height, LOGO_SIZE)
        const rgb = new Uint8Array(width * height * 3)
        for (let i = 0; i < width * height; i++) rgb.set(pixels.subarray(i * 4, i * 4 + 3), i * 3)
        image.free()
        return { kind: 'pixels', width, height, rgb }
      } finally {
        resvg.free()
      }
    },
  }
  const atlas = createGlyphAtlas(rasterizer, {
    regular: parseFontMetrics(regular as Uint8Array),
    bold: parseFontMetrics(bold as Uint8Array),
  })
  for (const style of [OG_STYLES.site, OG_STYLES.name, OG_STYLES.category, OG_STYLES.description])
    atlas.prepare(COMMON_CHARS, style)
  const logos = new Map<string, OgCard['logo']>()

  return {
    render(project, siteName = 'Web3 Atlas') {
      let logo: OgCard['logo']
      if (project.logo?.kind === 'file') {
        const cached = logos.get(project.logo.svg) ?? rasterizer.logo(project.logo.svg)
        logos.set(project.logo.svg, cached)
        logo = cached
      } else {
        const color = /fill="(#[0-9a-fA-F]{6})"/.exec(project.logo?.svg ?? '')?.[1] ?? '#334155'
        logo = { kind: 'monogram', text: monogramInitials(project.name, project.slug), color }
      }
      return renderOgCard(atlas, {
        name: project.name,
        category: project.category,
        description: project.description,
        categoryColor: project.categoryColor,
        logo,
        siteName,
      })
    },
  }
}
