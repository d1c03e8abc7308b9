import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { CarBlockIterator } from '@ipld/car/iterator'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { UsageError } from '../ipfs/cliExitCode.ts'
import { exportCar } from '../ipfs/exportCar.ts'
import { importDirectory } from '../ipfs/importDirectory.ts'
import type { UnixfsProfile } from '../ipfs/profileOptions.ts'
import type { W3upDeps } from './createW3upProvider.ts'
import type { PinProgress } from './PinProvider.ts'
import { NoPinProviderError, type PinOutcome, pinEverywhere } from './pinEverywhere.ts'
import type { PollDeps } from './pollUntil.ts'
import { type Env, providersFromEnv } from './providersFromEnv.ts'
import type { HttpDeps } from './requestWithRetry.ts'

/** Thrown when the CAR given cannot be read as a CARv1 with exactly one root. */
export class ReleaseCarError extends BaseError {
  override name = 'ReleaseCarError'
  constructor({ path, problem, cause }: { path: string; problem: string; cause?: unknown }) {
    super(`Cannot pin ${path}: ${problem}`, {
      cause,
      metaMessages: [
        'Write the CAR with `npm run car` (one root, the site’s), or leave out --car to build it from dist.',
      ],
    })
  }
}

/** Thrown when the release's root is not the CID given with --root. */
export class ReleaseRootMismatchError extends BaseError {
  override name = 'ReleaseRootMismatchError'
  constructor({ expected, actual, source }: { expected: CID; actual: CID; source: string }) {
    super(`${source} has root ${actual}, not the ${expected} given with --root.`, {
      metaMessages: ['Pin the CAR built from the tagged release, or check the --root value.'],
    })
  }
}

/** Options for {@link pinRelease}, as the CLI reads them. */
export interface PinReleaseOptions {
  /** A CAR to pin; without it the CAR is built from `dist`. */
  car?: string
  /** The CID the release must have. */
  root?: string
  /** The built site, used when `car` is not given; defaults to `dist`. */
  dist?: string
  /** Import profile for building from `dist`; defaults to `unixfs-v1-2025`. */
  profile?: UnixfsProfile
  /** Pin name where services keep one; defaults to `web3-atlas`. */
  name?: string
  /** Checks the configuration and the CAR but pins nothing. */
  dryRun?: boolean
  /** The environment the providers are configured from. */
  env: Env
}

/** What {@link pinRelease} needs from outside. */
export interface PinReleaseDeps {
  signal?: AbortSignal
  onProgress?: (event: PinProgress) => void
  /** Settings (and test doubles' transports) for the providers. */
  http?: HttpDeps & PollDeps
  w3up?: W3upDeps
}

/** What was pinned, or would be. */
export interface PinReleaseResult {
  root: CID
  /** The CAR's size in bytes. */
  carBytes: number
  /** Enabled providers, in order. */
  providers: string[]
  /** Each provider's outcome; empty on a dry run. */
  outcomes: PinOutcome[]
}

/**
 * The release pin step: reads the pinning configuration from the environment, takes the CAR given (or
 * builds it from `dist` with the project's importer and exporter), checks its root, and pins it with every
 * enabled provider, succeeding when at least one succeeds.
 *
 * @param options CAR or dist, expected root, dry run, environment.
 * @param deps Signal, progress callback, provider settings.
 * @returns The root, CAR size, providers and outcomes.
 * @throws {PinConfigError} / {NoPinProviderError} for a missing or malformed configuration.
 * @throws {ReleaseCarError} / {ReleaseRootMismatchError} / {UsageError} for a bad CAR or --root.
 * @throws {PinFailedEverywhereError} when every provider failed.
 * @example
 * const { root, outcomes } = await pinRelease({ car: 'dist.car', env: process.env })
 */
export async function pinRelease(
  options: PinReleaseOptions,
  deps: PinReleaseDeps = {},
): Promise<PinReleaseResult> {
  const setup = await providersFromEnv(options.env, { http: deps.http, w3up: deps.w3up })
  if (setup.providers.length === 0) throw new NoPinProviderError()
  const expected = options.root === undefined ? undefined : parseRoot(options.root)

  const { car, root, size, source } = options.car ? await readCar(options.car) : await buildCar(options)
  if (expected && !expected.equals(root))
    throw new ReleaseRootMismatchError({ expected, actual: root, source })

  const providers = setup.providers.map((provider) => provider.name)
  if (options.dryRun) return { root, carBytes: size, providers, outcomes: [] }
  const { outcomes } = await pinEverywhere(setup.providers, {
    car,
    root,
    name: options.name ?? 'web3-atlas',
    signal: deps.signal,
    onProgress: deps.onProgress,
  })
  return { root, carBytes: size, providers, outcomes }
}

function parseRoot(text: string): CID {
  try {
    return CID.parse(text)
  } catch {
    throw new UsageError(`--root "${text}" is not a CID.`)
  }
}

async function readCar(path: string) {
  let roots: CID[]
  let size: number
  try {
    size = (await stat(path)).size
    const stream = createReadStream(path)
    // Only the header is read: the roots come first, the blocks are streamed to providers later.
    roots = await (await CarBlockIterator.fromIterable(stream)).getRoots()
    stream.destroy()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem = code === 'ENOENT' ? 'no such file.' : `it is not a CAR (${(error as Error).message}).`
    throw new ReleaseCarError({ path, problem, cause: error })
  }
  const [root] = roots
  if (!root || roots.length !== 1) {
    throw new ReleaseCarError({
      path,
      problem: `it has ${roots.length} roots; a release CAR has exactly one.`,
    })
  }
  return { car: path, root, size, source: path }
}

async function buildCar(options: PinReleaseOptions) {
  const dist = options.dist ?? 'dist'
  const blockstore = new MemoryBlockstore()
  const root = await importDirectory(dist, { blockstore, profile: options.profile })
  const chunks: Uint8Array[] = []
  for await (const chunk of exportCar({ blockstore, root })) chunks.push(chunk)
  const car = Buffer.concat(chunks)
  return { car, root, size: car.byteLength, source: dist }
}
