#!/usr/bin/env node
/**
 * `npm run car`: imports a folder (or file) as kubo's `ipfs add -r --hidden` would under an IPIP-499
 * profile and writes the whole DAG as a CARv1 (`ipfs dag export` order), ready to pin or upload.
 *
 * Usage:  node scripts/car.ts [--profile unixfs-v1-2025|unixfs-v0-2015] [path=dist] [--out <path>.car]
 * Reads:  the folder or file at `path`. Blocks are kept in memory while the CAR is written.
 * Writes: the CAR to `--out` (default: `path` + `.car`, so `dist.car`), via a `.partial` file renamed
 *         at the end so a failed run never leaves a truncated CAR; then prints the root CID and the
 *         CAR path on stdout, one per line.
 * Env:    none.
 * Exit:   0 ok; 1 bad input (unknown option or profile, missing path, symlink or special file
 *         in the tree); 2 any other failure (e.g. the output cannot be written).
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { MemoryBlockstore } from 'blockstore-core'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { exportCar } from './ipfs/exportCar.ts'
import { importDirectory, importInputErrors } from './ipfs/importDirectory.ts'
import { parseProfile, UnknownProfileError } from './ipfs/profileOptions.ts'

const usage =
  'Usage: node scripts/car.ts [--profile unixfs-v1-2025|unixfs-v0-2015] [path=dist] [--out <path>.car]'

try {
  const { values, positionals } = parseArgs({
    options: { profile: { type: 'string', default: 'unixfs-v1-2025' }, out: { type: 'string' } },
    allowPositionals: true,
  })
  if (positionals.length > 1) throw new UsageError('Give at most one path.')
  const profile = parseProfile(values.profile)
  const source = positionals[0] ?? 'dist'
  const out = values.out ?? `${source.replace(/[/\\]+$/, '')}.car`
  const blockstore = new MemoryBlockstore()
  const root = await importDirectory(source, { blockstore, profile })
  const partial = `${out}.partial`
  try {
    await pipeline(exportCar({ blockstore, root }), createWriteStream(partial))
    await rename(partial, out)
  } finally {
    await rm(partial, { force: true })
  }
  console.log(root.toString())
  console.log(out)
} catch (error) {
  reportCliFailure(error, usage, [UnknownProfileError, ...importInputErrors])
}
