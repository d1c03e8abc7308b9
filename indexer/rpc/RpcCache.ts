import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Logger } from '../chain/Logger.ts'
import { writeFileAtomic } from '../snapshot/writeFileAtomic.ts'

/** The block a cached answer belongs to: its number, and its hash to tell forks (or restarted dev chains) apart. */
export interface CachedBlock {
  number: number
  hash: string
}

const HexSchema = z.string().regex(/^0x(?:[0-9a-f]{2})*$/)
const CacheFileSchema = z.object({
  version: z.literal(1),
  chainId: z.number().int().positive(),
  blocks: z.record(
    z.string().regex(/^\d+$/),
    z.object({
      hash: z.string().regex(/^0x[0-9a-f]{64}$/),
      /** Request key → hex answer, or `#<sha256>` pointing into `blobs`. */
      entries: z.record(z.string(), z.string()),
    }),
  ),
  /** Long answers (contract code) stored once however many addresses share them. */
  blobs: z.record(z.string(), HexSchema),
})
type CacheFile = z.output<typeof CacheFileSchema>

// Answers longer than this are stored once, by hash: clones and proxies share their code.
const BLOB_MIN_LENGTH = 200

interface BlockEntries {
  hash: string
  entries: Map<string, string>
}

/**
 * Answers the node gave for one chain, keyed by (chain id, block number, method, params), kept in
 * `<dir>/<chainId>.json` between runs. Only final answers belong here: the reader stores results read at
 * a finalized block, and this class refuses `0x` (an address without code, or a call that returned
 * nothing), so a node that lacked the state once is asked again next time. Errors are never stored.
 * Load it at the start of a run, hand it to the reader, and {@link RpcCache.save} it at the end.
 *
 * @example
 * const cache = await RpcCache.load({ logger: console }, { dir: '.cache/rpc', chainId: 1 })
 * const reader = await createChainReader({ urls, chainId: 1, logger: console, cache })
 * // … reads …
 * await cache.save()
 */
export class RpcCache {
  readonly chainId: number
  /** The JSON file this cache is loaded from and saved to. */
  readonly file: string
  readonly #blocks = new Map<number, BlockEntries>()
  readonly #blobs = new Map<string, string>()
  readonly #keepBlocks: number
  #dirty = false

  private constructor(file: string, chainId: number, keepBlocks: number) {
    this.file = file
    this.chainId = chainId
    this.#keepBlocks = keepBlocks
  }

  /**
   * Opens the cache of one chain. A missing file is an empty cache; an unreadable or invalid one is
   * ignored with a warning (it is only a cache) and replaced on {@link RpcCache.save}.
   *
   * @param dir the folder, e.g. `.cache/rpc` (gitignored).
   * @param keepBlocks how many of the newest blocks `save` keeps (default 2).
   * @returns the cache.
   * @throws only for file system errors other than a missing file.
   */
  static async load(
    { logger }: { logger: Logger },
    { dir, chainId, keepBlocks = 2 }: { dir: string; chainId: number; keepBlocks?: number },
  ): Promise<RpcCache> {
    const cache = new RpcCache(join(dir, `${chainId}.json`), chainId, keepBlocks)
    const text = await readFile(cache.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (text === undefined) return cache
    let parsed: CacheFile | undefined
    try {
      const result = CacheFileSchema.safeParse(JSON.parse(text))
      if (result.success && result.data.chainId === chainId) parsed = result.data
    } catch {
      parsed = undefined
    }
    if (!parsed) {
      logger.warn(`ignoring the unreadable RPC cache ${cache.file}; it will be rewritten`)
      return cache
    }
    for (const [hash, value] of Object.entries(parsed.blobs)) cache.#blobs.set(hash, value)
    for (const [number, block] of Object.entries(parsed.blocks)) {
      cache.#blocks.set(Number(number), { hash: block.hash, entries: new Map(Object.entries(block.entries)) })
    }
    return cache
  }

  /** How many answers are held, over all blocks. */
  get size(): number {
    let size = 0
    for (const block of this.#blocks.values()) size += block.entries.size
    return size
  }

  /**
   * The answer stored for `method(params)` at `block`, if any (and if the block hash matches).
   * @param params the request's parameters without the block tag, normalised (lowercase hex).
   * @returns the hex answer, or undefined.
   */
  get(block: CachedBlock, method: string, params: readonly unknown[]): string | undefined {
    const entries = this.#blocks.get(block.number)
    if (!entries || entries.hash !== block.hash.toLowerCase()) return undefined
    const value = entries.entries.get(requestKey(method, params))
    if (value === undefined || !value.startsWith('#')) return value
    return this.#blobs.get(value.slice(1))
  }

  /**
   * Stores an answer. `0x` and anything that is not lowercase hex are not stored.
   * @param params as for {@link RpcCache.get}.
   */
  set(block: CachedBlock, method: string, params: readonly unknown[], value: string): void {
    if (value === '0x' || !HexSchema.safeParse(value).success) return
    const hash = block.hash.toLowerCase()
    let entries = this.#blocks.get(block.number)
    if (!entries || entries.hash !== hash) {
      entries = { hash, entries: new Map() }
      this.#blocks.set(block.number, entries)
    }
    let stored = value
    if (value.length >= BLOB_MIN_LENGTH) {
      const digest = createHash('sha256').update(value).digest('hex')
      this.#blobs.set(digest, value)
      stored = `#${digest}`
    }
    entries.entries.set(requestKey(method, params), stored)
    this.#dirty = true
  }

  /**
   * Writes the newest `keepBlocks` blocks to {@link RpcCache.file} atomically (a temporary file in the
   * same folder, flushed, then renamed), so a crash never leaves half a cache. Does nothing when
   * nothing was added since loading.
   *
   * @returns whether the file was written.
   */
  async save(): Promise<boolean> {
    if (!this.#dirty) return false
    const numbers = [...this.#blocks.keys()].sort((a, b) => b - a).slice(0, this.#keepBlocks)
    const file: CacheFile = { version: 1, chainId: this.chainId, blocks: {}, blobs: {} }
    for (const number of numbers) {
      const block = this.#blocks.get(number) as BlockEntries
      file.blocks[String(number)] = { hash: block.hash, entries: Object.fromEntries(block.entries) }
      for (const value of block.entries.values()) {
        const blob = value.startsWith('#') ? this.#blobs.get(value.slice(1)) : undefined
        if (blob !== undefined) file.blobs[value.slice(1)] = blob
      }
    }
    await writeFileAtomic(this.file, JSON.stringify(file))
    this.#dirty = false
    return true
  }
}

function requestKey(method: string, params: readonly unknown[]): string {
  return `${method}${JSON.stringify(params)}`
}
