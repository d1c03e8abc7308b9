import type { APIRoute } from 'astro'
import { jsonBody, loadOpenData } from '../../lib/openData.ts'

/** `api/ecosystem.json`: the whole registry as one document (CC BY 4.0), described by ecosystem.schema.json. */
export const GET: APIRoute = async () => new Response(jsonBody((await loadOpenData()).ecosystem))
