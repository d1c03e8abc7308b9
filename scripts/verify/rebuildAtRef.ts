import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { importDirectory } from '../ipfs/importDirectory.ts'
import type { UnixfsProfile } from '../ipfs/profileOptions.ts'

const run = promisify(execFile)

/** Thrown when a step of the clean rebuild fails; says which step and shows its output's tail. */
export class RebuildFailedError extends BaseError {
  override name = 'RebuildFailedError'
  constructor({ ref, step, output, cause }: { ref: string; step: string; output: string; cause?: unknown }) {
    super(`Rebuilding ${ref} failed at "${step}".`, {
      details: output.split('\n').slice(-15).join('\n'),
      metaMessages: [
        'Check that the tag exists and builds on a clean checkout: `git checkout <tag> && npm ci && npm run build`.',
      ],
      cause,
    })
  }
}

export interface RebuildParameters {
  /** A git repository (path or URL) holding the ref. */
  repository: string
  /** Tag or commit to rebuild. */
  ref: string
  profile?: UnixfsProfile
  /** Keep the temporary checkout (for inspection); it is removed by default. */
  keep?: boolean
  /** Called with each step's name, for progress output. */
  onStep?: (step: string) => void
}

export interface RebuildResult {
  cid: CID
  /** The checkout's folder when `keep` was set. */
  checkout?: string
}

/**
 * Rebuilds a ref the way a stranger would: a fresh clone in a temporary folder, `npm ci`, `npm run
 * build`, then the root CID of its `dist/`. Nothing of the caller's working tree is reused, so a
 * matching CID proves the deployment is exactly what the tagged source builds.
 *
 * @throws {RebuildFailedError} naming the failing step (clone, install, build, cid).
 * @example
 * const { cid } = await rebuildAtRef({ repository: '.', ref: 'v1.2.0' })
 */
export async function rebuildAtRef(parameters: RebuildParameters): Promise<RebuildResult> {
  const { repository, ref, profile = 'unixfs-v1-2025', keep = false, onStep = () => {} } = parameters
  const parent = await mkdtemp(join(tmpdir(), 'atlas-verify-'))
  const checkout = join(parent, 'checkout')
  const step = async (name: string, command: string, args: string[], cwd: string) => {
    onStep(name)
    try {
      await run(command, args, { cwd, maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: 'true' } })
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
      throw new RebuildFailedError({ ref, step: name, output: `${stdout}\n${stderr}`.trim(), cause: error })
    }
  }
  try {
    await step('clone', 'git', ['clone', '--quiet', '--no-hardlinks', repository, checkout], parent)
    await step('checkout', 'git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', ref], checkout)
    const install = existsSync(join(checkout, 'package-lock.json'))
      ? ['ci', '--no-audit', '--no-fund']
      : ['install']
    await step('install', 'npm', install, checkout)
    await step('build', 'npm', ['run', 'build'], checkout)
    onStep('cid')
    const cid = await importDirectory(join(checkout, 'dist'), { blockstore: new MemoryBlockstore(), profile })
    return keep ? { cid, checkout } : { cid }
  } finally {
    if (!keep) await rm(parent, { recursive: true, force: true })
  }
}
