import type { APIRoute } from 'astro'
import { jsonBody, loadOpenData } from '../../lib/openData.ts'

/** `api/tokenlist.json`: the registry's tokens as a Uniswap-format token list that wallets can add. */
export const GET: APIRoute = async () => new Response(jsonBody((await loadOpenData()).tokenList))
