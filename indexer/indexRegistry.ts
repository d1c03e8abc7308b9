import { access } from 'node:fs/promises'
import { ChainIdMismatchError } from './chain/ChainIdMismatchError.ts'
import { findTokenMismatches } from './chain/findTokenMismatches.ts'
import { IndexArgumentInvalidError } from './chain/IndexArgumentInvalidError.ts'
import type { Logger } from './chain/Logger.ts'
import { type ChainTargets, listChainTargets } from './chain/listChainTargets.ts'
import type { BlockTag, PinnedBlock } from './chain/pinBlock.ts'
import { RpcRequestFailedError } from './chain/RpcRequestFailedError.ts'
import { type ChainProgress, readChainFacts } from './chain/readChainFacts.ts'
import { type RpcEndpoint, resolveRpcUrls } from './chain/resolveRpcUrls.ts'
import type { Chain, Registry } from './model/schema.ts'
import { loadRegistry } from './registry/loadRegistry.ts'
import type { ChainReader } from './rpc/ChainReader.ts'
import { createChainReader } from './rpc/createChainReader.ts'
import { RpcCache } from './rpc/RpcCache.ts'
import { appendHistoryRun } from './snapshot/appendHistoryRun.ts'
import { diffSnapshots } from './snapshot/diffSnapshots.ts'
import type { Change } from './snapshot/historySchema.ts'
import { labelTargets } from './snapshot/labelTargets.ts'
import { loadSnapshots, snapshotFile } from './snapshot/loadSnapshots.ts'
import { markSnapshotStale } from './snapshot/markSnapshotStale.ts'
import { mergeChainSnapshot } from './snapshot/mergeChainSnapshot.ts'
import { historyFile, readHistory } from './snapshot/readHistory.ts'
import { readIndexerVersion } from './snapshot/readIndexerVersion.ts'
import { registryHash } from './snapshot/registryHash.ts'
import type { ChainSnapshot } from './snapshot/snapshotSchema.ts'
import { writeHistoryAtomic } from './snapshot/writeHistoryAtomic.ts'
import { writeSnapshotAtomic } from './snapshot/writeSnapshotAtomic.ts'

/** What a chain's reader is built from: where the node is, which chain it must serve, which block to pin. */
export interface ReaderContext {
  endpoint: RpcEndpoint
  chain: Chain
  blockTag: BlockTag | number
  logger: Logger
  signal?: AbortSignal
  /** Answers kept from earlier runs at the same finalized block; absent when caching is off. */
  cache?: RpcCache
}

/** What {@link indexRegistry} needs from the outside world. */
export interface IndexRegistryDependencies {
  logger: Logger
  /** Aborting stops the run between reads; files already written stay (each is complete). */
  signal?: AbortSignal
  /**
   * Connects to a chain (checking its chain id, pinning the block) and returns the reader the probes go
   * through. Default: `createChainReader` (JSON-RPC batches, the chain's Multicall3, bounded retries).
   */
  openReader?: (context: ReaderContext) => Promise<ChainReader>
  /** Told after each group of targets of a chain is read (the CLI draws a progress line on a terminal). */
  progress?: (progress: ChainProgress) => void
}

/** What to index, and where. */
export interface IndexRegistryOptions {
  /** Registry folder, e.g. `registry`. */
  registryDir: string
  /** Snapshot folder, e.g. `snapshot`; files are `<snapshotDir>/<chain id>.json` and `.history.json`. */
  snapshotDir: string
  /** `--rpc` values, `<chainId>=<url>`; they win over the chains' `rpcEnv` variables. */
  rpcArgs?: readonly string[]
  /** Where `rpcEnv` variables are looked up. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>
  /** Default `finalized` (falling back to `latest` on nodes without it). */
  blockTag?: BlockTag
  /** `--chain`: index only these chains, by id ("ethereum") or EIP-155 chain id ("1"). Default: all. */
  chains?: readonly string[]
  /**
   * `--at`: read at this block number instead of `blockTag`, to reproduce the snapshot written at that
   * block byte for byte. Needs exactly one chain in `chains`. The history is not touched.
   */
  at?: number
  /** Recorded in each snapshot's header. Default: package.json's `version`. */
  indexerVersion?: string
  /**
   * Folder of the RPC answer cache (`<dir>/<chainId>.json`, keyed by block number and hash), so a re-run at
   * the same finalized block sends almost nothing. Default: no cache.
   */
  cacheDir?: string
}

interface OutcomeBase {
  /** The chain's id, e.g. "ethereum". */
  chain: string
  /** Its snapshot file. */
  file: string
}

/** What happened to one chain. */
export type ChainOutcome =
  /** Read at `block`; the file was written (`changed`) or already held these bytes. */
  | (OutcomeBase & {
      status: 'indexed'
      source: string
      block: PinnedBlock
      changed: boolean
      /** The block of the snapshot this run replaced; undefined for a chain's first snapshot. */
      previousBlock: number | undefined
      /** What changed since that snapshot (empty with `--at`, which reproduces rather than advances). */
      changes: Change[]
      /** Read at an `--at` block: the history was left alone. */
      reproduced: boolean
      /** Whether the history file gained this run. */
      historyChanged: boolean
      /** Entries written, stale ones included. */
      contracts: number
      tokens: number
      erc721: number
      ens: number
      stale: number
      leftOut: number
      rpcFailures: number
      /** Entries left out, and tokens whose symbol or decimals differ from the registry. */
      warnings: string[]
    })
  /** No RPC URL: the file was not touched. */
  | (OutcomeBase & { status: 'skipped'; message: string })
  /** Nothing could be read: the previous snapshot was kept with stale marks (`written`), or there was none. */
  | (OutcomeBase & {
      status: 'unreachable'
      source: string
      error: RpcRequestFailedError
      written: boolean
      changed: boolean
      stale: number
      leftOut: number
      warnings: string[]
    })
  /** The URL serves another chain: nothing was written. */
  | (OutcomeBase & { status: 'rejected'; source: string; error: ChainIdMismatchError })

/** The result of a run: one outcome per chain indexed or skipped, in `chains.yaml` order. */
export interface IndexReport {
  registryHash: string
  chains: ChainOutcome[]
}

/**
 * `npm run index`: reads the registry, then for each chain with an RPC URL reads its facts at one pinned
 * block (code, proxies, control, tokens, ENS), merges them with the chain's previous snapshot, writes
 * `snapshot/<chain>.json`, and appends what changed to `snapshot/<chain>.history.json`. Chains without an
 * RPC URL keep their files untouched. Registry, arguments and every snapshot to be updated are checked
 * before the first RPC request.
 *
 * @example
 * const report = await indexRegistry({ logger: console }, { registryDir: 'registry', snapshotDir: 'snapshot' })
 * @throws {RegistryInvalidError} when the registry has errors.
 * @throws {RpcArgumentInvalidError} for a bad `--rpc` argument or `RPC_URL_*` value.
 * @throws {IndexArgumentInvalidError} for an unknown `--chain`, or `--at` without exactly one chain.
 * @throws {SnapshotInvalidError} when a snapshot or history to be updated is not valid.
 */
export async function indexRegistry(
  { logger, signal, openReader = openChainReader, progress }: IndexRegistryDependencies,
  {
    registryDir,
    snapshotDir,
    rpcArgs = [],
    env = process.env,
    blockTag = 'finalized',
    chains: only,
    at,
    indexerVersion,
    cacheDir,
  }: IndexRegistryOptions,
): Promise<IndexReport> {
  const registry = await loadRegistry(registryDir)
  const hash = registryHash(registry)
  const selected = selectChains(registry, only, at)
  const endpoints = resolveRpcUrls({ chains: registry.chains, rpcArgs, env })
  const previous = await loadSnapshots(
    snapshotDir,
    selected.filter((chain) => endpoints.has(chain.id)),
  )
  const version = indexerVersion ?? (await readIndexerVersion())

  const chains: ChainOutcome[] = []
  for (const chain of selected) {
    signal?.throwIfAborted()
    const file = snapshotFile(snapshotDir, chain.id)
    const endpoint = endpoints.get(chain.id)
    if (!endpoint) {
      const kept = await exists(file)
      const message =
        `no RPC URL for ${chain.id} (set ${chain.rpcEnv} or --rpc ${chain.chainId}=<url>): ` +
        (kept ? `keeping ${file}` : `no ${file} yet, nothing written`)
      logger.info(message)
      chains.push({ chain: chain.id, file, status: 'skipped', message })
      continue
    }
    const cache = cacheDir
      ? await RpcCache.load({ logger }, { dir: cacheDir, chainId: chain.chainId })
      : undefined
    chains.push(
      await indexChain(
        {
          logger,
          signal,
          progress,
          openReader: (tag) =>
            openReader({
              endpoint,
              chain,
              blockTag: tag,
              logger,
              ...(signal ? { signal } : {}),
              ...(cache ? { cache } : {}),
            }),
        },
        {
          registry,
          chain,
          file,
          history: historyFile(snapshotDir, chain.id),
          source: endpoint.source,
          targets: listChainTargets(registry, chain.id),
          previous: previous[chain.id],
          registryHash: hash,
          indexerVersion: version,
          blockTag: at ?? blockTag,
        },
      ),
    )
    await cache?.save()
  }
  return { registryHash: hash, chains }
}

async function indexChain(
  deps: {
    openReader: (blockTag: BlockTag | number) => Promise<ChainReader>
    logger: Logger
    signal: AbortSignal | undefined
    progress: ((progress: ChainProgress) => void) | undefined
  },
  input: {
    registry: Registry
    chain: Chain
    file: string
    history: string
    source: string
    targets: ChainTargets
    previous: ChainSnapshot | undefined
    registryHash: string
    indexerVersion: string
    blockTag: BlockTag | number
  },
): Promise<ChainOutcome> {
  const { logger, signal, progress } = deps
  const { registry, chain, file, source, targets, previous, registryHash, indexerVersion } = input
  logger.info(
    `${chain.id}: ${targets.contracts.length} contract(s), ${targets.tokens.length} token(s), ` +
      `${targets.ens.length} ENS name(s) to read via ${source}`,
  )
  try {
    const facts = await readChainFacts(
      {
        openReader: deps.openReader,
        logger,
        ...(signal ? { signal } : {}),
        ...(progress ? { progress } : {}),
      },
      { chain, targets, blockTag: input.blockTag },
    )
    const merged = mergeChainSnapshot({ facts, previous, registryHash, indexerVersion })
    const warnings = [...merged.warnings, ...findTokenMismatches(registry, facts)]
    for (const warning of warnings) logger.warn(warning)

    // `--at` reproduces an earlier file: comparing it with the newer one would tell the story backwards.
    const reproducing = typeof input.blockTag === 'number'
    const changes = reproducing
      ? []
      : diffSnapshots({ before: previous, after: merged.snapshot, labels: labelTargets(registry, chain.id) })
    let historyChanged = false
    if (changes.length > 0 && previous) {
      // History first: if the snapshot write then fails, the next run repeats this entry rather than lose it.
      const history = appendHistoryRun(
        await readHistory(input.history, { chain: chain.id, chainId: chain.chainId }),
        { chain: chain.id, chainId: chain.chainId },
        { fromBlock: previous.block.number, toBlock: facts.block.number, changes },
      )
      historyChanged = (await writeHistoryAtomic(input.history, history)).changed
    }
    const { changed } = await writeSnapshotAtomic(file, merged.snapshot)
    logger.info(`${chain.id}: ${changed ? 'wrote' : 'unchanged:'} ${file} (block ${facts.block.number})`)
    const { snapshot } = merged
    return {
      chain: chain.id,
      file,
      status: 'indexed',
      source,
      block: facts.block,
      changed,
      previousBlock: previous?.block.number,
      changes,
      reproduced: reproducing,
      historyChanged,
      contracts: Object.keys(snapshot.contracts).length,
      tokens: Object.keys(snapshot.tokens).length,
      erc721: Object.keys(snapshot.erc721 ?? {}).length,
      ens: Object.keys(snapshot.ens ?? {}).length,
      stale: merged.stale,
      leftOut: merged.leftOut,
      rpcFailures: merged.rpcFailures,
      warnings,
    }
  } catch (error) {
    if (error instanceof ChainIdMismatchError) {
      logger.warn(error.message)
      return { chain: chain.id, file, status: 'rejected', source, error }
    }
    if (!(error instanceof RpcRequestFailedError)) throw error
    logger.warn(error.shortMessage)
    // `--at` reproduces or writes nothing: stale marks would make a file that was never written before.
    const merged =
      typeof input.blockTag === 'number'
        ? undefined
        : markSnapshotStale({
            chain,
            targets,
            previous,
            failure: { kind: 'rpc', reason: error.reason },
            registryHash,
            indexerVersion,
          })
    if (!merged) {
      const warning =
        typeof input.blockTag === 'number'
          ? `${chain.id}: could not read block ${input.blockTag}; nothing written`
          : `${chain.id}: no ${file} to keep; nothing written`
      logger.warn(warning)
      return {
        chain: chain.id,
        file,
        status: 'unreachable',
        source,
        error,
        written: false,
        changed: false,
        stale: 0,
        leftOut: targets.contracts.length + targets.tokens.length + targets.ens.length,
        warnings: [warning],
      }
    }
    for (const warning of merged.warnings) logger.warn(warning)
    const { changed } = await writeSnapshotAtomic(file, merged.snapshot)
    logger.warn(
      `${chain.id}: kept ${file} at block ${previous?.block.number} with ${merged.stale} stale mark(s)`,
    )
    return {
      chain: chain.id,
      file,
      status: 'unreachable',
      source,
      error,
      written: true,
      changed,
      stale: merged.stale,
      leftOut: merged.leftOut,
      warnings: merged.warnings,
    }
  }
}

/** The chains `--chain` names (all when none), checked; `--at` needs exactly one. */
function selectChains(
  registry: Registry,
  only: readonly string[] | undefined,
  at: number | undefined,
): Chain[] {
  const known = registry.chains.map((chain) => `${chain.id} (${chain.chainId})`).join(', ')
  const wanted = new Set<Chain>()
  for (const name of only ?? []) {
    const chain = registry.chains.find(
      (candidate) => candidate.id === name || String(candidate.chainId) === name,
    )
    if (!chain) {
      throw new IndexArgumentInvalidError({
        argument: `--chain ${name}`,
        problem: 'no chain in the registry has this id or chain id',
        fix: `use one of: ${known}`,
      })
    }
    wanted.add(chain)
  }
  if (at !== undefined && (wanted.size !== 1 || !Number.isSafeInteger(at) || at < 0)) {
    throw new IndexArgumentInvalidError({
      argument: `--at ${at}`,
      problem: wanted.size !== 1 ? 'needs exactly one --chain' : 'is not a block number',
      fix: 'reproduce one chain at a time: npm run index -- --chain <id> --at <block number from its snapshot>',
    })
  }
  return registry.chains.filter((chain) => wanted.size === 0 || wanted.has(chain))
}

function openChainReader({
  endpoint,
  chain,
  blockTag,
  logger,
  signal,
  cache,
}: ReaderContext): Promise<ChainReader> {
  return createChainReader({
    ...(cache ? { cache } : {}),
    urls: endpoint.urls,
    chainId: chain.chainId,
    blockTag,
    logger,
    chain: chain.id,
    source: endpoint.source,
    ...(chain.multicall3 ? { multicall3: chain.multicall3 } : {}),
    ...(signal ? { signal } : {}),
  })
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
