#!/usr/bin/env node
/**
 * Last step of `npm start` (after `npm run validate` and `npm run build`): computes the root CID of
 * dist/ with the IPIP-499 unixfs-v1-2025 profile and serves dist/ over HTTP.
 *
 * Reads: dist/. Writes: nothing. Env: HOST (default localhost), PORT (default 4321).
 * Exit codes: 0 stopped by SIGINT/SIGTERM, 1 dist/ missing or the port is taken.
 */
import { existsSync } from 'node:fs'
import { MemoryBlockstore } from 'blockstore-core'
import { importDirectory } from './ipfs/importDirectory.ts'
import { startStaticServer } from './serve/startStaticServer.ts'

const root = 'dist'
if (!existsSync(root)) {
  console.error('dist/ does not exist: run `npm run build` first (`npm start` does it for you).')
  process.exit(1)
}

const cid = await importDirectory(root, { blockstore: new MemoryBlockstore() })
const host = process.env.HOST ?? 'localhost'
const port = Number(process.env.PORT ?? 4321)
try {
  const server = await startStaticServer({ root, host, port })
  console.log(`\n  Web3 Atlas is served at ${server.url}/`)
  console.log(`  Root CID (unixfs-v1-2025): ${cid}`)
  console.log('  Press Ctrl+C to stop.\n')
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} on ${host} is taken: stop the other server or set PORT, e.g. \`PORT=4322 npm start\`.`
      : `Could not start the server: ${(error as Error).message}`,
  )
  process.exitCode = 1
}
