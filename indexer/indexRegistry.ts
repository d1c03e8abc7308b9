import { access } from 'node:fs/promises'
import { type JsonRpcApiProvider, JsonRpcProvider } from 'ethers'
import { ChainIdMismatchError } from './chain/ChainIdMismatchError.ts'
import type { Logger } from './chain/Logger.ts'
import { type ChainTargets, listChainTargets } from './chain/listChainTargets.ts'
import type { BlockTag, PinnedBlock } from './chain/pinBlock.ts'
import { RpcRequestFailedError } from './chain/RpcRequestFailedError.ts'
import { readChainFacts } from './chain/readChainFacts.ts'
import { type RpcEndpoint, resolveRpcUrls } from './chain/resolveRpcUrls.ts'
import type { Chain } from './model/schema.ts'
import { loadRegistry } from './registry/loadRegistry.ts'
import { loadSnapshots, snapshotFile } from './snapshot/loadSnapshots.ts'
import { markSnapshotStale } from './snapshot/markSnapshotStale.ts'
import { mergeChainSnapshot } from './snapshot/mergeChainSnapshot.ts'
import { registryHash } from './snapshot/registryHash.ts'
import type { ChainSnapshot } from './snapshot/snapshotSchema.ts'
import { writeSnapshotAtomic } from './snapshot/writeSnapshotAtomic.ts'

/** What {@link indexRegistry} needs from the outside world. */
export interface IndexRegistryDependencies {
  logger: Logger
  /** Aborting stops the run between reads; files already written stay (each is complete). */
  signal?: AbortSignal
  /** Builds a chain's provider. Default: `new JsonRpcProvider(url, chainId, { staticNetwork: true })`. */
  connect?: (endpoint: RpcEndpoint, chain: Chain) => JsonRpcApiProvider
}

/** What to index, and where. */
export interface IndexRegistryOptions {
  /** Registry folder, e.g. `registry`. */
  registryDir: string
  /** Snapshot folder, e.g. `snapshot`; files are `<snapshotDir>/<chain id>.json`. */
  snapshotDir: string
  /** `--rpc` values, `<chainId>=<url>`; they win over the chains' `rpcEnv` variables. */
  rpcArgs?: readonly string[]
  /** Where `rpcEnv` variables are looked up. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>
  /** Default `finalized` (falling back to `latest` on nodes without it). */
  blockTag?: BlockTag
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
      /** Entries written, stale ones included. */
      contracts: number
      tokens: number
      stale: number
      leftOut: number
      rpcFailures: number
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

/** The result of a run: one outcome per chain, in `chains.yaml` order. */
export interface IndexReport {
  registryHash: string
  chains: ChainOutcome[]
}

/**
 * `npm run index`: reads the registry, then for each chain with an RPC URL reads its facts at one pinned
 * block, merges them with the chain's previous snapshot and writes `snapshot/<chain>.json`. Chains without
 * an RPC URL keep their snapshot untouched. Registry, arguments and every snapshot to be updated are
 * checked before the first RPC request.
 *
 * @example
 * const report = await indexRegistry({ logger: console }, { registryDir: 'registry', snapshotDir: 'snapshot' })
 * @throws {RegistryInvalidError} when the registry has errors.
 * @throws {RpcArgumentInvalidError} for a bad `--rpc` argument or `RPC_URL_*` value.
 * @throws {SnapshotInvalidError} when a snapshot to be updated is not valid.
 */
export async function indexRegistry(
  { logger, signal, connect = connectJsonRpc }: IndexRegistryDependencies,
  { registryDir, snapshotDir, rpcArgs = [], env = process.env, blockTag = 'finalized' }: IndexRegistryOptions,
): Promise<IndexReport> {
  const registry = await loadRegistry(registryDir)
  const hash = registryHash(registry)
  const endpoints = resolveRpcUrls({ chains: registry.chains, rpcArgs, env })
  const previous = await loadSnapshots(
    snapshotDir,
    registry.chains.filter((chain) => endpoints.has(chain.id)),
  )

  const chains: ChainOutcome[] = []
  for (const chain of registry.chains) {
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
    const provider = connect(endpoint, chain)
    try {
      chains.push(
        await indexChain(
          { provider, logger, signal },
          {
            chain,
            file,
            source: endpoint.source,
            targets: listChainTargets(registry, chain.id),
            previous: previous[chain.id],
            registryHash: hash,
            blockTag,
          },
        ),
      )
    } finally {
      provider.destroy()
    }
  }
  return { registryHash: hash, chains }
}

async function indexChain(
  {
    provider,
    logger,
    signal,
  }: { provider: JsonRpcApiProvider; logger: Logger; signal: AbortSignal | undefined },
  input: {
    chain: Chain
    file: string
    source: string
    targets: ChainTargets
    previous: ChainSnapshot | undefined
    registryHash: string
    blockTag: BlockTag
  },
): Promise<ChainOutcome> {
  const { chain, file, source, targets, previous, registryHash } = input
  logger.info(
    `${chain.id}: ${targets.contracts.length} contract(s), ${targets.tokens.length} token(s) to read via ${source}`,
  )
  try {
    const facts = await readChainFacts(
      { provider, logger, ...(signal ? { signal } : {}) },
      { chain, targets, blockTag: input.blockTag },
    )
    const merged = mergeChainSnapshot({ facts, previous, registryHash })
    for (const warning of merged.warnings) logger.warn(warning)
    const { changed } = await writeSnapshotAtomic(file, merged.snapshot)
    logger.info(`${chain.id}: ${changed ? 'wrote' : 'unchanged:'} ${file} (block ${facts.block.number})`)
    return {
      chain: chain.id,
      file,
      status: 'indexed',
      source,
      block: facts.block,
      changed,
      contracts: Object.keys(merged.snapshot.contracts).length,
      tokens: Object.keys(merged.snapshot.tokens).length,
      stale: merged.stale,
      leftOut: merged.leftOut,
      rpcFailures: merged.rpcFailures,
      warnings: merged.warnings,
    }
  } catch (error) {
    if (error instanceof ChainIdMismatchError) {
      logger.warn(error.message)
      return { chain: chain.id, file, status: 'rejected', source, error }
    }
    if (!(error instanceof RpcRequestFailedError)) throw error
    logger.warn(error.shortMessage)
    const merged = markSnapshotStale({
      chain,
      targets,
      previous,
      failure: { kind: 'rpc', reason: error.reason },
      registryHash,
    })
    if (!merged) {
      const warning = `${chain.id}: no ${file} to keep; nothing written`
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
        leftOut: targets.contracts.length + targets.tokens.length,
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

function connectJsonRpc(endpoint: RpcEndpoint, chain: Chain): JsonRpcApiProvider {
  return new JsonRpcProvider(endpoint.url, chain.chainId, { staticNetwork: true })
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
