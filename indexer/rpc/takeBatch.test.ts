import { describe, expect, it } from 'vitest'
import { type Batchable, takeBatch } from './takeBatch.ts'

const item = (name: string, overrides: Partial<Batchable> = {}) => ({
  name,
  url: 0,
  cap: Number.POSITIVE_INFINITY,
  weight: 1,
  ...overrides,
})
const names = (items: ReadonlyArray<{ name: string }>) => items.map((i) => i.name)

describe(takeBatch.name, () => {
  it('takes requests in order up to the URL’s batch size', () => {
    const pending = ['a', 'b', 'c', 'd', 'e'].map((name) => item(name))
    const { batch, rest } = takeBatch(pending, { urlCaps: [3], maxWeight: 1_000 })
    expect([names(batch), names(rest)]).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ])
  })

  it('keeps requests for other URLs, and those over the weight, for later batches', () => {
    const pending = [
      item('a', { weight: 600 }),
      item('b', { url: 1 }),
      item('c', { weight: 500 }),
      item('d', { weight: 400 }),
    ]
    const { batch, rest } = takeBatch(pending, { urlCaps: [100, 100], maxWeight: 1_000 })
    expect([names(batch), names(rest)]).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ])
  })

  it('sends a request heavier than the weight limit alone, and honours halved caps', () => {
    expect(
      names(
        takeBatch([item('heavy', { weight: 5_000 }), item('b')], { urlCaps: [100], maxWeight: 1_000 }).batch,
      ),
    ).toEqual(['heavy'])
    const split = [item('a', { cap: 2 }), item('b', { cap: 2 }), item('c', { cap: 2 }), item('d')]
    expect(names(takeBatch(split, { urlCaps: [100], maxWeight: 1_000 }).batch)).toEqual(['a', 'b'])
    expect(takeBatch([], { urlCaps: [100], maxWeight: 1_000 })).toEqual({ batch: [], rest: [] })
  })
})
