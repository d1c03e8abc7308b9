import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadLogos } from '../../../indexer/logos/loadLogos.ts'
import { atlasRoot, loadAtlas } from '../../lib/loadAtlas.ts'
import { createOgRenderer, type OgProject, type OgRenderer } from '../../lib/og/createOgRenderer.ts'
import { ogCategoryColor } from '../../lib/og/ogCategoryColor.ts'

// `og/<slug>.png`: each project's Open Graph card, drawn at build time (see site/lib/og/). One renderer
// per build: resvg's wasm, the fonts and the glyph masks are loaded once and shared by every card.
let renderer: Promise<OgRenderer> | undefined

export const getStaticPaths = (async () => {
  const { registry } = await loadAtlas()
  const { logos } = await loadLogos(
    { logosDir: join(atlasRoot(), 'registry', 'logos'), readFile, readdir },
    registry.projects,
  )
  const categories = new Map(
    registry.categories.map((category, index) => [category.id as string, { category, index }]),
  )
  return registry.projects.map((project) => {
    const found = categories.get(project.category)
    const logo = logos.get(project.slug)
    const card: OgProject = {
      slug: project.slug,
      name: project.name,
      description: project.description,
      category: found?.category.name ?? project.category,
      categoryColor: ogCategoryColor(found?.index ?? 0),
      ...(logo ? { logo } : {}),
    }
    return { params: { slug: project.slug }, props: { card } }
  })
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  renderer ??= createOgRenderer()
  const png = (await renderer).render((props as { card: OgProject }).card)
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } })
}
