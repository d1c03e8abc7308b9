import { CarBlockIterator } from '@ipld/car/iterator'
import { MemoryBlockstore } from 'blockstore-core'
import type { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { BlockstoreLike } from '../ipfs/BlockstoreLike.ts'
import { walkDag } from '../ipfs/walkDag.ts'
import { endpointUrl } from '../pin/endpointUrl.ts'
import { redactUrl } from '../pin/redact.ts'
import { type HttpDeps, requestWithRetry, ServiceRequestError } from '../pin/requestWithRetry.ts'
import { GatewayMissingBlockError } from './GatewayMissingBlockError.ts'
import { verifyBlock } from './verifyBlock.ts'

/** Thrown when a gateway's CAR names other roots than the CID asked for. */
export class CarRootMismatchError extends BaseError {
  override name = 'CarRootMismatchError'
  constructor({ expected, actual, source }: { expected: CID; actual: CID[]; source: string }) {
    super(`The CAR from ${source} has root ${actual.join(', ') || '(none)'}, not ${expected}.`, {
      metaMessages: ['The gateway answered for other content: check the gateway URL and the CID.'],
    })
  }
}

/** Options for {@link fetchAndVerify}. */
export interface FetchAndVerifyOptions {
  /** A trustless gateway (IPFS Trustless Gateway spec): its base URL, e.g. `https://ipfs.example`. */
  gateway: URL
  /** The root to retrieve. */
  cid: CID
  /**
   * `car` (default): one `?format=car` request for the whole DAG, then `?format=raw` for any block the CAR
   * lacked; `raw`: every block by `?format=raw`.
   */
  mode?: 'car' | 'raw'
  /** Also store the verified blocks here (a test pinning service keeps what it fetched). */
  blockstore?: BlockstoreLike
  signal?: AbortSignal
  /** Called after each verified block. */
  onProgress?: (progress: { blocks: number; bytes: number }) => void
}

/** What a successful check found. */
export interface FetchAndVerifyResult {
  root: CID
  /** Blocks in the DAG, each verified once. */
  blocks: number
  /** Their total size. */
  bytes: number
  /** Blocks that had to be fetched one by one (the CAR lacked them, or mode `raw`). */
  rawRequests: number
  /** Why the CAR stopped early, when it did (the blocks it lacked were then fetched one by one). */
  carProblem?: string
}

const carAccept = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'

/**
 * Retrieves a DAG from a trustless gateway and proves it complete and correct: every block's bytes are
 * hashed against its CID, and the DAG is walked from the root so that no linked block is missing.
 *
 * @param options Gateway, CID, mode, signal and progress callback.
 * @param deps fetch, timeout and retry settings (429/5xx/timeouts are retried; 404 is final).
 * @returns Counts of what was verified.
 * @throws {BlockMismatchError} naming the first block whose bytes do not match its CID.
 * @throws {GatewayMissingBlockError} naming the first block the gateway does not serve.
 * @throws {CarRootMismatchError} when the CAR is for another root.
 * @throws {RetriesExhaustedError} / {ServiceRequestError} when the gateway cannot be reached or refuses.
 * @example
 * const { blocks } = await fetchAndVerify({ gateway: new URL('http://127.0.0.1:8080'), cid })
 */
export async function fetchAndVerify(
  options: FetchAndVerifyOptions,
  deps: HttpDeps = {},
): Promise<FetchAndVerifyResult> {
  const { gateway, cid, signal } = options
  const source = `gateway ${redactUrl(gateway)}`
  let rawRequests = 0
  let carProblem: string | undefined
  const received = new FetchingBlockstore(async (wanted) => {
    if (wanted.multihash.code === identity.code) return wanted.multihash.digest
    rawRequests++
    const bytes = await requestBlock(wanted)
    await verifyBlock(wanted, bytes, source)
    return bytes
  })

  async function requestBlock(wanted: CID): Promise<Uint8Array> {
    const response = await request(wanted, 'raw', 'application/vnd.ipld.raw')
    return new Uint8Array(await response.arrayBuffer())
  }

  async function request(wanted: CID, format: 'car' | 'raw', accept: string): Promise<Response> {
    const url = endpointUrl(gateway, `ipfs/${wanted}`, { format })
    try {
      return await requestWithRetry(
        { service: source, method: 'GET', url, headers: { accept }, signal },
        deps,
      )
    } catch (error) {
      // Trustless Gateway spec: 404/410 mean the gateway does not have (or will not serve) the block.
      if (error instanceof ServiceRequestError && (error.status === 404 || error.status === 410))
        throw new GatewayMissingBlockError({ cid: wanted, gateway: source, status: error.status })
      throw error
    }
  }

  if ((options.mode ?? 'car') === 'car') {
    const response = await request(cid, 'car', carAccept)
    try {
      const blocks = await CarBlockIterator.fromIterable(response.body ?? emptyBody())
      const roots = await blocks.getRoots()
      if (!roots.some((root) => root.equals(cid)))
        throw new CarRootMismatchError({ expected: cid, actual: roots, source })
      for await (const block of blocks) {
        await verifyBlock(block.cid, block.bytes, source)
        await received.put(block.cid, block.bytes)
      }
    } catch (error) {
      if (error instanceof BaseError) throw error
      signal?.throwIfAborted()
      // A CAR cut short (the gateway lost a block mid-stream) is not fatal: the walk fetches what is missing.
      carProblem = (error as Error).message
    }
  }

  let blocks = 0
  let bytes = 0
  for await (const block of walkDag(received, cid, { signal })) {
    blocks++
    bytes += block.bytes.byteLength
    await options.blockstore?.put(block.cid, block.bytes)
    options.onProgress?.({ blocks, bytes })
  }
  return { root: cid, blocks, bytes, rawRequests, ...(carProblem ? { carProblem } : {}) }
}

/** A memory blockstore that, asked for a block it lacks, gets it (verified) from `fetchBlock` first. */
class FetchingBlockstore extends MemoryBlockstore {
  readonly #fetchBlock: (cid: CID) => Promise<Uint8Array>
  constructor(fetchBlock: (cid: CID) => Promise<Uint8Array>) {
    super()
    this.#fetchBlock = fetchBlock
  }
  override async *get(cid: CID, options?: { signal?: AbortSignal }): AsyncGenerator<Uint8Array> {
    if (!(await this.has(cid))) await this.put(cid, await this.#fetchBlock(cid))
    yield* super.get(cid, options)
  }
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}
