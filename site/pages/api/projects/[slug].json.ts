import type { APIRoute, GetStaticPaths } from 'astro'
import { projectDocument, relatedFromIndex } from '../../../../indexer/export/toProjectRecord.ts'
import { jsonBody, loadOpenData } from '../../../lib/openData.ts'

export const getStaticPaths = (async () => {
  const { registry } = await loadOpenData()
  const incoming = relatedFromIndex(registry)
  return registry.projects.map((project) => ({
    params: { slug: project.slug },
    props: { body: jsonBody(projectDocument(project, registry, incoming)) },
  }))
}) satisfies GetStaticPaths

/** `api/projects/<slug>.json`: one project, with the relations pointing at it and the data licence. */
export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body)
