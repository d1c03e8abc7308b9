import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { loadLogos } from '../../../indexer/logos/loadLogos.ts'
import { atlasRoot, loadAtlas } from '../../lib/loadAtlas.ts'

export const getStaticPaths = (async () => {
  const { registry } = await loadAtlas()
  const { logos } = await loadLogos(
    { logosDir: join(atlasRoot(), 'registry', 'logos'), readFile, readdir },
    registry.projects,
  )
  return registry.projects.map((project) => ({
    params: { slug: project.slug },
    props: { svg: logos.get(project.slug)?.svg ?? '' },
  }))
}) satisfies GetStaticPaths

/** `logos/<slug>.svg`: the project's sanitized logo, or its monogram. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml' } })
