import { describe, expect, it } from 'vitest'
import {
  all,
  andThen,
  type ChainRead,
  done,
  map,
  type Plan,
  type ReadResult,
  readCall,
  readCode,
  readStorage,
} from '../probes/Plan.ts'

/** Drives a plan to the end with `answer`, returning its value and the reads of each round. */
function drive<T>(plan: Plan<T>, answer: (read: ChainRead) => ReadResult) {
  const rounds: ChainRead[][] = []
  let current = plan
  while (!current.done) {
    rounds.push([...current.reads])
    current = current.resume(current.reads.map(answer))
  }
  return { value: current.value, rounds }
}

const A = '0x000000000000000000000000000000000000000A'
const ok = (returnData: string) => ({ success: true, returnData })

describe('Plan', () => {
  it('asks for one read and hands its result to the next step', () => {
    const plan = andThen(readCode(A), (code) =>
      code === '0x' ? done('eoa') : map(readStorage(A, '0x0'), (word) => `slot ${word}`),
    )
    const { value, rounds } = drive(plan, (read) => (read.kind === 'code' ? '0x60' : '0x01'))
    expect(value).toBe('slot 0x01')
    expect(rounds).toEqual([[{ kind: 'code', address: A }], [{ kind: 'storage', address: A, slot: '0x0' }]])
    expect(drive(plan, () => '0x').value).toBe('eoa')
  })

  it('runs plans side by side: one round holds the reads of every plan still running', () => {
    const plan = all([readCode(A), andThen(readCall(A, '0x01'), () => readCall(A, '0x02')), done(7)] as const)
    const { value, rounds } = drive(plan, (read) => (read.kind === 'call' ? ok(read.data) : '0xfe'))
    expect(value).toEqual(['0xfe', ok('0x02'), 7])
    expect(rounds).toEqual([
      [
        { kind: 'code', address: A },
        { kind: 'call', to: A, data: '0x01' },
      ],
      [{ kind: 'call', to: A, data: '0x02' }],
    ])
  })

  it('is done at once when every plan is', () => {
    expect(all([done(1), done('a')])).toEqual({ done: true, value: [1, 'a'] })
    expect(all([])).toEqual({ done: true, value: [] })
  })
})
