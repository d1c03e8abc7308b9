import type { JsonRpcError } from './jsonRpcEnvelope.ts'

// -32005 is EIP-1474's "limit exceeded"; some providers answer 429 inside a 200 body.
const RATE_LIMIT_CODES = new Set([-32005, 429])
const RATE_LIMIT_MESSAGE = /rate.?limit|too many requests|throttl|compute units|capacity/i
// Node-side trouble that another attempt (or another node behind a load balancer) may not have.
const TRANSIENT_MESSAGE =
  /timed? ?out|try again|temporar|busy|overload|unavailable|header not found|unknown block|block.*(?:out ?of ?range|not found)|missing trie node|internal error/i
// What the EVM says when the call itself fails: a revert, a bad opcode, running out of gas.
const CALL_FAILURE_MESSAGE =
  /revert|evm error|invalid opcode|out of gas|gas required exceeds|stack (?:underflow|overflow)|invalid jump|write protection/i

/**
 * Whether a node's JSON-RPC error means "slow down" (rate limited), which is always worth retrying.
 *
 * @param error the error object from the response.
 * @returns true for EIP-1474 `-32005`, a `429` code, or a rate-limit message.
 * @example
 * isRateLimitError({ code: -32005, message: 'limit exceeded' }) // true
 */
export function isRateLimitError(error: JsonRpcError): boolean {
  return RATE_LIMIT_CODES.has(error.code) || RATE_LIMIT_MESSAGE.test(error.message)
}

/**
 * Whether a node's JSON-RPC error is likely to go away on another attempt: a rate limit, an internal
 * error (`-32603`), or a lagging node that does not have the block yet.
 *
 * @param error the error object from the response.
 * @returns true when retrying makes sense.
 * @example
 * isTransientRpcError({ code: -32000, message: 'header not found' }) // true
 */
export function isTransientRpcError(error: JsonRpcError): boolean {
  return isRateLimitError(error) || error.code === -32603 || TRANSIENT_MESSAGE.test(error.message)
}

/**
 * Whether an `eth_call` error is the call's own failure (a revert or an EVM error), an answer that
 * another attempt would only repeat. Geth and anvil use code 3 for reverts; anvil reports bad opcodes
 * as `-32603 EVM error …`, so this is checked before {@link isTransientRpcError}.
 *
 * @param error the error object from the response.
 * @returns true when the contract call itself failed.
 * @example
 * isCallFailure({ code: 3, message: 'execution reverted' }) // true
 */
export function isCallFailure(error: JsonRpcError): boolean {
  return error.code === 3 || CALL_FAILURE_MESSAGE.test(error.message)
}
