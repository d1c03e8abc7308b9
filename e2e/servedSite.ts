import { readdir } from 'node:fs/promises'
import { createHeliaLight } from 'helia'
import { startGateway } from '../scripts/ipfs/gateway.ts'
import { importDirectory } from '../scripts/ipfs/importDirectory.ts'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { DIST } from './distDir.ts'

/** A built site served the three ways visitors reach it, each address ending in `/`. */
export interface ServedSite {
  cid: string
  /** `http://127.0.0.1:<port>/ipfs/<cid>/`: a real Helia path gateway. */
  pathGateway: string
  /** `http://<cid>.ipfs.localhost:<port>/`: the same gateway, as a subdomain gateway. */
  subdomainGateway: string
  /** `http://127.0.0.1:<port>/`: the static server, the site at an origin's root. */
  originRoot: string
  /** Projects in the registry the site was built from. */
  projectCount: number
  close(): Promise<void>
}

/**
 * Imports a built site into an in-process Helia node and serves it through a path and subdomain gateway
 * and from `/`, for a spec's `beforeAll`; `close` in `afterAll`.
 *
 * @param dist - The built site; `dist/` (or ATLAS_DIST) by default.
 * @example
 * let site: ServedSite
 * test.beforeAll(async () => { site = await serveSite() })
 * test.afterAll(() => site?.close())
 */
export async function serveSite(dist = DIST): Promise<ServedSite> {
  const helia = createHeliaLight()
  await helia.start()
  const cid = (await importDirectory(dist, { blockstore: helia.blockstore })).toString()
  const gateway = await startGateway({ blockstore: helia.blockstore })
  const server = await startStaticServer({ root: dist, port: 0 })
  const projectCount = (await readdir('registry/projects')).filter((name) => name.endsWith('.yaml')).length
  return {
    cid,
    pathGateway: `${gateway.url}/ipfs/${cid}/`,
    subdomainGateway: `http://${cid}.ipfs.localhost:${gateway.port}/`,
    originRoot: `${server.url}/`,
    projectCount,
    async close() {
      await gateway.close()
      await server.close()
      await helia.stop()
    },
  }
}
