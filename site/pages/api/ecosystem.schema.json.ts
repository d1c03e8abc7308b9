import type { APIRoute } from 'astro'
import { ecosystemJsonSchema } from '../../../indexer/export/ecosystemExport.ts'
import { jsonBody } from '../../lib/openData.ts'

/** `api/ecosystem.schema.json`: the JSON Schema of ecosystem.json, generated from the zod schema. */
export const GET: APIRoute = () => new Response(jsonBody(ecosystemJsonSchema()))
