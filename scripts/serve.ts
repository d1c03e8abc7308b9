#!/usr/bin/env node
/**
 * `npm run serve`: serves a built site from disk like a plain static host (index.html for folders,
 * a 301 to the trailing slash, 404.html for misses), to preview what the IPFS gateway will serve.
 *
 * Usage:  node scripts/serve.ts [dir=dist]
 * Reads:  the folder `dir`, on every request.
 * Writes: the URL on stdout once listening; errors on stderr. Nothing on disk.
 * Env:    HOST (default `localhost`), PORT (default 4321; 0 picks a free port).
 * Exit:   0 stopped by SIGINT/SIGTERM; 1 bad input (missing folder, bad PORT, extra arguments);
 *         2 failure (e.g. the port is taken).
 */
import { parseArgs } from 'node:util'
import { cliExitCode, UsageError } from './ipfs/cliExitCode.ts'
import { StaticRootNotFoundError, startStaticServer } from './serve/startStaticServer.ts'

const usage = 'Usage: [HOST=localhost] [PORT=4321] node scripts/serve.ts [dir=dist]'

try {
  const { positionals } = parseArgs({ allowPositionals: true })
  if (positionals.length > 1) throw new UsageError('Give at most one folder.')
  const host = process.env.HOST || 'localhost'
  const port = Number(process.env.PORT || 4321)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`)
  }
  const server = await startStaticServer({ root: positionals[0] ?? 'dist', host, port })
  console.log(server.url)
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`)
        process.exit(2)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  const exitCode = cliExitCode(error, [StaticRootNotFoundError])
  console.error(error instanceof Error ? error.message : String(error))
  if (exitCode === 1) console.error(usage)
  process.exitCode = exitCode
}
