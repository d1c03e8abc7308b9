import { isError } from 'ethers'
import { ZodError } from 'zod'
import { ProbeCallFailedError } from '../probes/ProbeCallFailedError.ts'
import type { ReadFailure } from './Reading.ts'
import { RpcRequestFailedError } from './RpcRequestFailedError.ts'

/**
 * Turns an error thrown while reading one value into a {@link ReadFailure}: whether the node/network
 * failed or the contract call itself did, and a short reason that holds no URL, port or time, so a stale
 * mark written from it is the same on every run that fails the same way.
 */
export function describeReadFailure(error: unknown): ReadFailure {
  if (error instanceof ProbeCallFailedError) return { kind: 'call', reason: error.reason }
  if (error instanceof RpcRequestFailedError) return { kind: 'rpc', reason: error.reason }
  if (isError(error, 'CALL_EXCEPTION')) return { kind: 'call', reason: 'call reverted' }
  if (isError(error, 'BAD_DATA'))
    return { kind: 'call', reason: 'call returned data that does not fit the ABI' }
  if (error instanceof ZodError) return { kind: 'call', reason: 'call returned a value out of range' }
  const rpcCode = jsonRpcErrorCode(error)
  if (rpcCode !== undefined) return { kind: 'rpc', reason: `node returned JSON-RPC error ${rpcCode}` }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code))
    return { kind: 'rpc', reason: `RPC request failed (${code})` }
  return { kind: 'rpc', reason: 'RPC request failed' }
}

/**
 * The JSON-RPC `error.code` when the node answered a request with an error object (as opposed to the
 * request not reaching it); undefined otherwise. ethers keeps the node's error as `error.error`.
 */
export function jsonRpcErrorCode(error: unknown): number | undefined {
  const inner = (error as { error?: unknown } | null)?.error
  const code = (inner as { code?: unknown } | null)?.code
  return typeof code === 'number' && Number.isInteger(code) ? code : undefined
}
