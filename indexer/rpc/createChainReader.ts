import { toQuantity } from 'ethers'
import { z } from 'zod'
import type { Logger } from '../chain/Logger.ts'
import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import { HexDataSchema } from '../chain/rpcSchemas.ts'
import type { CallRequest, CallResult, ChainReader } from './ChainReader.ts'
import { createRpcTransport } from './createRpcTransport.ts'
import { pinReaderBlock, type ReaderBlockTag } from './pinReaderBlock.ts'
import { ReaderInputInvalidError } from './ReaderInputInvalidError.ts'
import type { RpcCache } from './RpcCache.ts'
import { type BatchPolicy, DEFAULT_BATCH_POLICY, type RpcOutcome } from './RpcTransport.ts'
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryDelay.ts'
import { type CallContext, runCalls } from './runCalls.ts'

/** Everything {@link createChainReader} takes: endpoints, the block, dependencies and tuning. */
export interface CreateChainReaderOptions {
  /** JSON-RPC endpoints, tried in order (a later one only after the earlier ones failed). */
  urls: readonly string[]
  /** The EIP-155 chain id the endpoints must serve. */
  chainId: number
  /** Default `finalized`. */
  blockTag?: ReaderBlockTag
  logger: Logger
  /** Aborting rejects every pending read with the abort reason. */
  signal?: AbortSignal
  /** Answers kept between runs; used only when the pinned block is final. */
  cache?: RpcCache
  /** HTTP requests in flight at once (default 4). */
  concurrency?: number
  fetch?: typeof fetch
  /** The chain's name for messages (default `chain <chainId>`), e.g. "ethereum". */
  chain?: string
  /** Where the URLs came from, for messages (default "the RPC URL"), e.g. "RPC_URL_ETHEREUM". */
  source?: string
  /** The chain's Multicall3 (`multicall3` in registry/chains.yaml); without it, plain `eth_call` batches. */
  multicall3?: string
  /** Calls per `aggregate3` (default 128). */
  multicallChunkSize?: number
  /** Per HTTP attempt (default 30 s). */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  batch?: Partial<BatchPolicy>
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number
}

const AddressSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, 'is not a 0x address of 40 hex digits')
  .transform((address) => address.toLowerCase())
const CallDataSchema = z
  .string()
  .regex(/^0x(?:[0-9a-fA-F]{2})*$/, 'is not 0x hex of whole bytes')
  .transform((data) => data.toLowerCase())
const SlotSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{1,64}$/, 'is not a storage slot (0x and up to 64 hex digits)')
  .transform((slot) => toQuantity(BigInt(slot)))
const UrlSchema = z.string().refine((url) => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol)
  } catch {
    return false
  }
}, 'is not an http(s) URL')
const WordSchema = HexDataSchema.refine((hex) => hex.length <= 66, 'is longer than 32 bytes').transform(
  (hex) => `0x${hex.slice(2).padStart(64, '0')}`,
)

/**
 * Connects to a chain and returns a {@link ChainReader} pinned to one block: checks `eth_chainId`, pins
 * the block once (number, hash, timestamp), then serves reads. Reads are batched (JSON-RPC batches, and
 * Multicall3 `aggregate3` chunks for `callMany`), retried with backoff inside the transport, answered from
 * `cache` where possible, and every answer is parsed with zod. URLs never appear in logs or errors.
 *
 * `stats()` counts: `httpRequests` HTTP POSTs and `rpcCalls` JSON-RPC requests sent (retries and the
 * chain-id and block requests included), `retries` batches sent again, `ethCalls` contract calls sent to
 * the node (once per distinct call, however it was packed or retried; cache hits excluded), `cacheHits`
 * reads answered from the cache.
 *
 * @returns the reader; `reader.block` is the pinned block.
 * @throws {ChainIdMismatchError} when an endpoint serves another chain.
 * @throws {RpcRequestFailedError} when the chain id or the block cannot be read from any URL.
 * @throws {ReaderInputInvalidError} for a bad URL, address or option (the message never holds the URL).
 * @example
 * const cache = await RpcCache.load({ logger }, { dir: '.cache/rpc', chainId: 1 })
 * const reader = await createChainReader({ urls: [process.env.RPC_URL_ETHEREUM ?? ''], chainId: 1, logger, cache, multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11' })
 * const [code] = await reader.getCodes(['0x1F98431c8aD98523631AE4a59f267346ea31F984'])
 * await cache.save()
 */
export async function createChainReader(options: CreateChainReaderOptions): Promise<ChainReader> {
  const { chainId, logger, signal, cache } = options
  const chain = options.chain ?? `chain ${chainId}`
  if (options.urls.length === 0) {
    throw invalid('urls', 'is empty', 'pass at least one JSON-RPC URL')
  }
  options.urls.forEach((url, i) => {
    if (!UrlSchema.safeParse(url).success) {
      throw invalid(
        `urls[${i}]`,
        'is not an http(s) URL',
        'give the endpoint as https://… or http://127.0.0.1:…',
      )
    }
  })
  if (cache && cache.chainId !== chainId) {
    throw invalid('cache', `is for chain id ${cache.chainId}, not ${chainId}`, 'load the cache of this chain')
  }
  const counts = {
    concurrency: options.concurrency,
    multicallChunkSize: options.multicallChunkSize,
    timeoutMs: options.timeoutMs,
    'retry.attempts': options.retry?.attempts,
    'batch.maxSize': options.batch?.maxSize,
    'batch.maxWeight': options.batch?.maxWeight,
  }
  for (const [input, value] of Object.entries(counts)) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 1)) {
      throw invalid(
        input,
        'is not a whole number of at least 1',
        `set ${input} to 1 or more, or leave it out`,
      )
    }
  }
  const multicall3 =
    options.multicall3 === undefined ? undefined : parseWith(AddressSchema, options.multicall3, 'multicall3')

  const transport = createRpcTransport(
    {
      logger,
      ...(options.fetch && { fetch: options.fetch }),
      signal,
      ...(options.random && { random: options.random }),
    },
    {
      urls: options.urls,
      chainId,
      chain,
      source: options.source ?? 'the RPC URL',
      concurrency: options.concurrency ?? 4,
      timeoutMs: options.timeoutMs ?? 30_000,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      batch: { ...DEFAULT_BATCH_POLICY, ...options.batch },
    },
  )
  await transport.verifyChainId()
  const block = await pinReaderBlock(
    { transport, logger },
    { chain, blockTag: options.blockTag ?? 'finalized' },
  )
  const blockHex = toQuantity(block.number)
  const finalCache = block.tag === 'finalized' ? cache : undefined
  const counters = { ethCalls: 0, cacheHits: 0 }

  const answer = <T>(method: string, outcome: RpcOutcome<T>): T => {
    if (outcome.ok) return outcome.result
    throw new RpcRequestFailedError({
      chain,
      method,
      reason: `node returned JSON-RPC error ${outcome.error.code}`,
    })
  }

  /** Reads each distinct key once: from the cache, else from the node (storing final answers). */
  const readEach = async (
    method: string,
    keys: ReadonlyArray<readonly string[]>,
    schema: z.ZodType<string>,
    requestSignal: AbortSignal | undefined,
  ): Promise<string[]> => {
    const reads = new Map<string, Promise<string>>()
    for (const params of keys) {
      const id = params.join(' ')
      if (reads.has(id)) continue
      const cached = finalCache?.get(block, method, params)
      if (cached !== undefined) {
        counters.cacheHits++
        reads.set(id, Promise.resolve(cached))
        continue
      }
      const read = transport
        .request({ method, params: [...params, blockHex], schema, signal: requestSignal })
        .then((outcome) => {
          const value = answer(method, outcome)
          finalCache?.set(block, method, params, value)
          return value
        })
      reads.set(id, read)
    }
    return Promise.all(keys.map((params) => reads.get(params.join(' ')) as Promise<string>))
  }

  const getCodes: ChainReader['getCodes'] = (addresses, requestOptions) => {
    const keys = addresses.map((address, i) => [parseWith(AddressSchema, address, `getCodes address ${i}`)])
    return readEach('eth_getCode', keys, HexDataSchema, requestOptions?.signal)
  }

  let multicallReady: Promise<boolean> | undefined
  const useMulticall = (requestSignal: AbortSignal | undefined): Promise<boolean> => {
    if (!multicall3) return Promise.resolve(false)
    multicallReady ??= getCodes([multicall3], { ...(requestSignal && { signal: requestSignal }) }).then(
      ([code]) => {
        if (code !== '0x') return true
        logger.warn(`${chain}: no Multicall3 code at ${multicall3}; sending plain eth_call batches`)
        return false
      },
      (error: unknown) => {
        multicallReady = undefined
        throw error
      },
    )
    return multicallReady
  }

  const callContext: CallContext = {
    transport,
    chain,
    blockHex,
    chunkSize: options.multicallChunkSize ?? 128,
  }

  const callMany: ChainReader['callMany'] = async (requests, requestOptions) => {
    const calls = requests.map(
      (request, i): CallRequest => ({
        to: parseWith(AddressSchema, request.to, `callMany request ${i} .to`),
        data: parseWith(CallDataSchema, request.data, `callMany request ${i} .data`),
      }),
    )
    const results = new Map<string, CallResult>()
    const misses: CallRequest[] = []
    for (const call of calls) {
      const id = `${call.to} ${call.data}`
      if (results.has(id)) continue
      const cached = finalCache?.get(block, 'eth_call', [call.to, call.data])
      if (cached !== undefined) {
        counters.cacheHits++
        results.set(id, { success: true, returnData: cached })
      } else {
        results.set(id, { success: false, returnData: '0x' })
        misses.push(call)
      }
    }
    if (misses.length > 0) {
      const requestSignal = requestOptions?.signal
      const multicall = (await useMulticall(requestSignal)) ? multicall3 : undefined
      counters.ethCalls += misses.length
      const answers = await runCalls(callContext, {
        calls: misses,
        multicall3: multicall,
        signal: requestSignal,
      })
      misses.forEach((call, i) => {
        const result = answers[i] as CallResult
        results.set(`${call.to} ${call.data}`, result)
        if (result.success) finalCache?.set(block, 'eth_call', [call.to, call.data], result.returnData)
      })
    }
    return calls.map((call) => results.get(`${call.to} ${call.data}`) as CallResult)
  }

  const getStorageSlots: ChainReader['getStorageSlots'] = (requests, requestOptions) => {
    const keys = requests.map((request, i) => [
      parseWith(AddressSchema, request.address, `getStorageSlots request ${i} .address`),
      parseWith(SlotSchema, request.slot, `getStorageSlots request ${i} .slot`),
    ])
    return readEach('eth_getStorageAt', keys, WordSchema, requestOptions?.signal)
  }

  return {
    chainId,
    block,
    callMany,
    getCodes,
    getStorageSlots,
    stats: () => ({ ...transport.stats(), ...counters }),
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, input: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw invalid(input, parsed.error.issues[0]?.message ?? 'is invalid', 'pass 0x-prefixed hex')
}

function invalid(input: string, problem: string, fix: string): ReaderInputInvalidError {
  return new ReaderInputInvalidError({ input, problem, fix })
}
