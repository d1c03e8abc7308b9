#!/usr/bin/env node
/**
 * `npm run cid`: prints the IPFS root CID of a folder (or file), the one kubo's
 * `ipfs add -r --hidden -Q` gives under the same IPIP-499 profile, without running an IPFS node.
 *
 * Usage:  node scripts/cid.ts [--profile unixfs-v1-2025|unixfs-v0-2015] [path=dist]
 * Reads:  the folder or file at `path`. Blocks are kept in memory only.
 * Writes: the root CID alone on stdout; errors on stderr. Nothing on disk.
 * Env:    none.
 * Exit:   0 ok; 1 bad input (unknown option or profile, missing path, symlink or special file
 *         in the tree); 2 any other failure.
 */
import { parseArgs } from 'node:util'
import { MemoryBlockstore } from 'blockstore-core'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { importDirectory, importInputErrors } from './ipfs/importDirectory.ts'
import { parseProfile, UnknownProfileError } from './ipfs/profileOptions.ts'

const usage = 'Usage: node scripts/cid.ts [--profile unixfs-v1-2025|unixfs-v0-2015] [path=dist]'

try {
  const { values, positionals } = parseArgs({
    options: { profile: { type: 'string', default: 'unixfs-v1-2025' } },
    allowPositionals: true,
  })
  if (positionals.length > 1) throw new UsageError('Give at most one path.')
  const profile = parseProfile(values.profile)
  const cid = await importDirectory(positionals[0] ?? 'dist', { blockstore: new MemoryBlockstore(), profile })
  console.log(cid.toString())
} catch (error) {
  reportCliFailure(error, usage, [UnknownProfileError, ...importInputErrors])
}
