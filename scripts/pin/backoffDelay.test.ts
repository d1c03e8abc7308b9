import { describe, expect, it } from 'vitest'
import { backoffDelay, defaultRetryPolicy } from './backoffDelay.ts'

describe(backoffDelay.name, () => {
  it('doubles the ceiling each retry up to the maximum, with full jitter below it', () => {
    const top = () => 0.999_999
    expect([0, 1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, defaultRetryPolicy, top))).toEqual([
      999, 1999, 3999, 7999, 15_999, 29_999, 29_999,
    ])
    expect(backoffDelay(3, defaultRetryPolicy, () => 0)).toBe(0)
  })
  it('waits at least what Retry-After asks', () => {
    expect(backoffDelay(0, defaultRetryPolicy, () => 0.5, 5_000)).toBe(5_000)
    expect(backoffDelay(4, defaultRetryPolicy, () => 0.5, 1_000)).toBe(8_000)
  })
})
