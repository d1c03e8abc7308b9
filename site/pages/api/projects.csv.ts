import type { APIRoute } from 'astro'
import { loadOpenData } from '../../lib/openData.ts'

/** `api/projects.csv`: one row per project, for spreadsheets (CC BY 4.0 on every row). */
export const GET: APIRoute = async () =>
  new Response((await loadOpenData()).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
