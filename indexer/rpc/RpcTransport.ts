import type { z } from 'zod'
import type { Logger } from '../chain/Logger.ts'
import type { JsonRpcError } from './jsonRpcEnvelope.ts'
import type { RetryPolicy } from './retryDelay.ts'

/** How big an HTTP request may get, and how long requests wait to be batched together. */
export interface BatchPolicy {
  /** JSON-RPC requests per HTTP request (ethers' default is 100). Shrinks when a provider refuses. */
  maxSize: number
  /** Sum of request weights per HTTP request; an `aggregate3` call weighs as many calls as it packs. */
  maxWeight: number
  /** How long a new request waits for others to join its batch. */
  stallMs: number
}

/** Defaults: 100 requests or 1,000 packed calls per HTTP request, 2 ms to gather a batch. */
export const DEFAULT_BATCH_POLICY: BatchPolicy = { maxSize: 100, maxWeight: 1_000, stallMs: 2 }

/** One JSON-RPC request to send, and how to read its answer. */
export interface RpcRequest<T> {
  method: string
  params: readonly unknown[]
  /** Parses the `result`; a result that does not fit is a malformed answer and is retried. */
  schema: z.ZodType<T>
  /** How much of a batch this takes (default 1). */
  weight?: number
  /** Errors the caller takes as an answer rather than a failure (e.g. a revert for `eth_call`). */
  isAnswer?: (error: JsonRpcError) => boolean
  /** Stops waiting for this request (the batch it is in still completes). */
  signal?: AbortSignal | undefined
}

/** A result, or an error the node gave as its answer (never a transient one: those are retried). */
export type RpcOutcome<T> = { ok: true; result: T } | { ok: false; error: JsonRpcError }

/** Counters of what went over the wire. */
export interface TransportStats {
  /** HTTP POSTs sent, retries included. */
  httpRequests: number
  /** JSON-RPC requests sent (each item of a batch counts), retries included. */
  rpcCalls: number
  /** Batches sent again after a failure. */
  retries: number
}

/** A JSON-RPC client for one chain: batching, retries, fallback URLs, a concurrency limit. */
export interface RpcTransport {
  /** Queues one request; requests queued within `stallMs` of each other travel in one batch. */
  request<T>(request: RpcRequest<T>): Promise<RpcOutcome<T>>
  /** Checks `eth_chainId` on the first URL that answers; later URLs are checked before their first use. */
  verifyChainId(): Promise<void>
  stats(): TransportStats
}

/** What {@link createRpcTransport} needs from the outside world. */
export interface RpcTransportDependencies {
  logger: Logger
  fetch?: typeof fetch
  /** Aborting rejects every waiting request with the abort reason. */
  signal?: AbortSignal | undefined
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number
}

/** Which endpoints, and how to talk to them. */
export interface RpcTransportOptions {
  /** Endpoints in order of preference; they may hold API keys and never appear in messages. */
  urls: readonly string[]
  chainId: number
  /** The chain's name for messages, e.g. "ethereum". */
  chain: string
  /** Where the URLs came from, for messages, e.g. "RPC_URL_ETHEREUM". */
  source: string
  /** HTTP requests in flight at once. */
  concurrency: number
  /** Each HTTP attempt must finish within this. */
  timeoutMs: number
  retry: RetryPolicy
  batch: BatchPolicy
}
