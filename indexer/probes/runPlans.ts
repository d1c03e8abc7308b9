import { z } from 'zod'
import { describeReadFailure } from '../chain/describeReadFailure.ts'
import type { Reading } from '../chain/Reading.ts'
import { RpcRequestFailedError } from '../chain/RpcRequestFailedError.ts'
import type { CallResult, ChainReader } from '../rpc/ChainReader.ts'
import type { ChainRead, Plan, ReadResult } from './Plan.ts'

const HexSchema = z
  .string()
  .regex(/^0x(?:[0-9a-fA-F]{2})*$/)
  .transform((hex) => hex.toLowerCase())
const WordSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/)
  .transform((hex) => hex.toLowerCase())
const CallResultSchema = z.object({ success: z.boolean(), returnData: HexSchema })

/** What running plans needs: the reader pinned to the block, and a signal to stop between rounds. */
export interface RunPlansDependencies {
  reader: ChainReader
  signal?: AbortSignal
}

/**
 * Runs plans in lockstep against one {@link ChainReader}: each round gathers the reads of every plan still
 * running, sends the distinct ones at once (one `getCodes`, one `getStorageSlots`, one `callMany`), parses
 * the answers and resumes each plan. A plan whose reads could not be answered, or that throws while
 * decoding, ends as a failed {@link Reading}; it never stops the others.
 *
 * @param plans One per thing to read, e.g. a contract or a token.
 * @param options.maxRounds Guard against a plan that never finishes (a probe bug): it fails after this many rounds.
 * @returns One reading per plan, in the same order.
 * @example
 * const [code] = await runPlans({ reader }, [readCode('0x5FbDB2315678afecb367f032d93F642f64180aa3')])
 */
export async function runPlans<T>(
  { reader, signal }: RunPlansDependencies,
  plans: readonly Plan<T>[],
  { maxRounds = 12 }: { maxRounds?: number } = {},
): Promise<Array<Reading<T>>> {
  const outcomes: Array<Reading<T> | undefined> = plans.map((plan) =>
    plan.done ? { ok: true, value: plan.value } : undefined,
  )
  let current: Array<Plan<T>> = [...plans]
  for (let round = 0; outcomes.includes(undefined); round++) {
    signal?.throwIfAborted()
    const pending = current.flatMap((plan, index) =>
      !plan.done && outcomes[index] === undefined ? [{ plan, index }] : [],
    )
    if (round >= maxRounds) {
      for (const { index } of pending)
        outcomes[index] = { ok: false, failure: { kind: 'call', reason: 'the probe did not finish' } }
      break
    }
    const answers = await answerReads(
      reader,
      pending.flatMap(({ plan }) => (plan.done ? [] : plan.reads)),
      signal,
    )
    signal?.throwIfAborted()
    current = [...current]
    for (const { plan, index } of pending) {
      if (plan.done) continue
      try {
        const next = plan.resume(plan.reads.map((read) => answers.get(keyOf(read))?.() as ReadResult))
        current[index] = next
        if (next.done) outcomes[index] = { ok: true, value: next.value }
      } catch (error) {
        outcomes[index] = { ok: false, failure: describeReadFailure(error) }
      }
    }
  }
  return outcomes as Array<Reading<T>>
}

/** Answers distinct reads; each answer is a thunk that throws the error of the request it came from. */
async function answerReads(
  reader: ChainReader,
  reads: readonly ChainRead[],
  signal: AbortSignal | undefined,
): Promise<Map<string, () => ReadResult>> {
  const unique = new Map<string, ChainRead>()
  for (const read of reads) unique.set(keyOf(read), read)
  const codes: Array<Extract<ChainRead, { kind: 'code' }>> = []
  const slots: Array<Extract<ChainRead, { kind: 'storage' }>> = []
  const calls: Array<Extract<ChainRead, { kind: 'call' }>> = []
  for (const read of unique.values()) {
    if (read.kind === 'code') codes.push(read)
    else if (read.kind === 'storage') slots.push(read)
    else calls.push(read)
  }
  const options = signal ? { signal } : {}
  const [codeResults, slotResults, callResults] = await Promise.allSettled([
    codes.length
      ? reader.getCodes(
          codes.map((read) => read.address),
          options,
        )
      : [],
    slots.length
      ? reader.getStorageSlots(
          slots.map(({ address, slot }) => ({ address, slot })),
          options,
        )
      : [],
    calls.length
      ? reader.callMany(
          calls.map(({ to, data }) => ({ to, data })),
          options,
        )
      : [],
  ])
  const answers = new Map<string, () => ReadResult>()
  const settle = <R extends ChainRead>(
    method: string,
    group: readonly R[],
    settled: PromiseSettledResult<readonly unknown[]>,
    schema: z.ZodType<ReadResult>,
  ) => {
    group.forEach((read, i) => {
      answers.set(keyOf(read), () => {
        if (settled.status === 'rejected') throw settled.reason
        const parsed = schema.safeParse(settled.value[i])
        if (settled.value.length !== group.length || !parsed.success) {
          // The node's fault, not the contract's: an RPC failure, so the value is kept and marked stale.
          throw new RpcRequestFailedError({
            chain: String(reader.chainId),
            method,
            reason: 'invalid response from the node',
          })
        }
        return parsed.data
      })
    })
  }
  settle('eth_getCode', codes, codeResults, HexSchema)
  settle('eth_getStorageAt', slots, slotResults, WordSchema)
  settle('eth_call', calls, callResults, CallResultSchema as z.ZodType<CallResult>)
  return answers
}

function keyOf(read: ChainRead): string {
  switch (read.kind) {
    case 'code':
      return `code:${read.address.toLowerCase()}`
    case 'storage':
      return `storage:${read.address.toLowerCase()}:${BigInt(read.slot).toString(16)}`
    case 'call':
      return `call:${read.to.toLowerCase()}:${read.data.toLowerCase()}`
  }
}
