import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from './retryDelay.ts'

const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 }

describe(retryDelay.name, () => {
  it('waits a uniform share of a ceiling that doubles with each retry, up to maxDelayMs', () => {
    const ceilings = [1, 2, 3, 4, 5, 6].map((retry) => retryDelay({ retry, policy, random: () => 0.999_999 }))
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999])
    expect(retryDelay({ retry: 3, policy, random: () => 0 })).toBe(0)
    expect(retryDelay({ retry: 3, policy, random: () => 0.5 })).toBe(200)
  })

  it('waits at least what Retry-After asks, but no longer than maxRetryAfterMs', () => {
    expect(retryDelay({ retry: 1, policy, retryAfterMs: 2_000, random: () => 0.5 })).toBe(2_000)
    expect(retryDelay({ retry: 1, policy, retryAfterMs: 60_000, random: () => 0.5 })).toBe(5_000)
    expect(retryDelay({ retry: 4, policy, retryAfterMs: 0, random: () => 0.5 })).toBe(400)
  })

  it('has defaults fit for public endpoints', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      attempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 10_000,
      maxRetryAfterMs: 60_000,
    })
  })
})

describe(parseRetryAfter.name, () => {
  const now = Date.parse('2026-05-01T12:00:00Z')

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })

  it('reads an HTTP date, and a date in the past as no wait', () => {
    expect(parseRetryAfter('Fri, 01 May 2026 12:00:05 GMT', now)).toBe(5_000)
    expect(parseRetryAfter('Fri, 01 May 2026 11:00:00 GMT', now)).toBe(0)
  })

  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('-1', now)).toBeUndefined()
    expect(parseRetryAfter('1.5', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})
