import { describe, expect, it } from 'vitest'
import { isCallFailure, isRateLimitError, isTransientRpcError } from './classifyRpcError.ts'

const error = (code: number, message: string) => ({ code, message })

describe(isRateLimitError.name, () => {
  it.each([
    [-32005, 'limit exceeded'],
    [429, 'Too Many Requests'],
    [-32000, 'daily request count exceeded, request rate limited'],
    [-32603, 'Your app has exceeded its compute units per second capacity'],
  ])('says slow down for %i %s', (code, message) => {
    expect(isRateLimitError(error(code, message))).toBe(true)
  })

  it('is false for a revert', () => {
    expect(isRateLimitError(error(3, 'execution reverted'))).toBe(false)
  })
})

describe(isTransientRpcError.name, () => {
  it.each([
    [-32603, 'internal error'],
    [-32000, 'header not found'],
    [-32602, 'BlockOutOfRangeError: block height is 9 but requested was 10'],
    [-32000, 'missing trie node 1a2b (path )'],
    [-32000, 'request timed out'],
  ])('retries %i %s', (code, message) => {
    expect(isTransientRpcError(error(code, message))).toBe(true)
  })

  it.each([
    [-32601, 'the method eth_foo does not exist'],
    [-32602, 'invalid argument 0: hex string has odd length'],
    [3, 'execution reverted'],
  ])('does not retry %i %s', (code, message) => {
    expect(isTransientRpcError(error(code, message))).toBe(false)
  })
})

describe(isCallFailure.name, () => {
  it.each([
    [3, 'execution reverted'],
    [-32000, 'execution reverted: Ownable: caller is not the owner'],
    [-32603, 'EVM error InvalidFEOpcode'],
    [-32000, 'out of gas'],
  ])('takes %i %s as the call’s own failure', (code, message) => {
    expect(isCallFailure(error(code, message))).toBe(true)
  })

  it('does not take a node problem as a call failure', () => {
    expect(isCallFailure(error(-32000, 'header not found'))).toBe(false)
    expect(isCallFailure(error(-32005, 'limit exceeded'))).toBe(false)
  })
})
