import type { APIRoute } from 'astro'
import { API_VERSION, OPEN_DATA_LICENSE } from '../../../indexer/export/openDataLicense.ts'
import { jsonBody, loadOpenData } from '../../lib/openData.ts'

/** `api/index.json`: what the open-data API offers, with relative paths that work under any gateway. */
export const GET: APIRoute = async () => {
  const { registry } = await loadOpenData()
  return new Response(
    jsonBody({
      apiVersion: API_VERSION,
      license: OPEN_DATA_LICENSE,
      files: {
        ecosystem: 'ecosystem.json',
        ecosystemSchema: 'ecosystem.schema.json',
        projectsCsv: 'projects.csv',
        tokenList: 'tokenlist.json',
        project: 'projects/{slug}.json',
      },
      projects: registry.projects.map((project) => project.slug),
    }),
  )
}
