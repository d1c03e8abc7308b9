import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parseRetryAfter.ts'

describe(parseRetryAfter.name, () => {
  const now = Date.parse('2026-05-01T12:00:00Z')
  it('reads delay-seconds and HTTP dates (RFC 9110 §10.2.3)', () => {
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000)
    expect(parseRetryAfter('Fri, 01 May 2026 12:00:30 GMT', now)).toBe(30_000)
  })
  it('never waits a negative time, and ignores what it cannot read', () => {
    expect(parseRetryAfter('Fri, 01 May 2026 11:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
