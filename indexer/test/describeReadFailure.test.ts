import { makeError } from 'ethers'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeReadFailure, jsonRpcErrorCode } from '../chain/describeReadFailure.ts'

describe('describeReadFailure', () => {
  it('calls a revert or undecodable data a call failure', () => {
    expect(describeReadFailure(makeError('execution reverted', 'CALL_EXCEPTION'))).toEqual({
      kind: 'call',
      reason: 'call reverted',
    })
    expect(describeReadFailure(makeError('could not decode result data', 'BAD_DATA'))).toEqual({
      kind: 'call',
      reason: 'call returned data that does not fit the ABI',
    })
    expect(describeReadFailure(z.bigint().max(255n).safeParse(256n).error)).toEqual({
      kind: 'call',
      reason: 'call returned a value out of range',
    })
  })

  it('calls anything else an RPC failure, with a reason free of URLs and ports', () => {
    const nodeError = makeError('could not coalesce error', 'UNKNOWN_ERROR', {
      error: { code: -32005, message: 'limit exceeded for https://rpc.example/key' },
    })
    expect(describeReadFailure(nodeError)).toEqual({
      kind: 'rpc',
      reason: 'node returned JSON-RPC error -32005',
    })
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8545'), { code: 'ECONNREFUSED' })
    expect(describeReadFailure(refused)).toEqual({ kind: 'rpc', reason: 'RPC request failed (ECONNREFUSED)' })
    expect(describeReadFailure(makeError('timeout', 'TIMEOUT'))).toEqual({
      kind: 'rpc',
      reason: 'RPC request failed (TIMEOUT)',
    })
    expect(describeReadFailure(new Error('https://rpc.example/key broke'))).toEqual({
      kind: 'rpc',
      reason: 'RPC request failed',
    })
    expect(describeReadFailure(undefined)).toEqual({ kind: 'rpc', reason: 'RPC request failed' })
  })

  it('finds the JSON-RPC error code a node answered with', () => {
    expect(jsonRpcErrorCode({ error: { code: -32602, message: 'bad tag' } })).toBe(-32602)
    expect(jsonRpcErrorCode(new Error('no'))).toBeUndefined()
    expect(jsonRpcErrorCode(null)).toBeUndefined()
  })
})
