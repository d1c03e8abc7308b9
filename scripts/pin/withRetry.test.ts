import { describe, expect, it } from 'vitest'
import { RetriesExhaustedError, TransientError, withRetry } from './withRetry.ts'

const noWait = { random: () => 0, sleep: async () => {} }

describe(withRetry.name, () => {
  it('retries transient failures and returns the first success', async () => {
    const notices: number[] = []
    let calls = 0
    const value = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw new TransientError({ message: 'busy', retryAfterMs: 250 })
        return 'done'
      },
      { ...noWait, onRetry: ({ retry, delayMs }) => notices.push(retry, delayMs) },
    )
    expect(value).toBe('done')
    expect(notices).toEqual([1, 250, 2, 250])
  })

  it('does not retry other errors', async () => {
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw new Error('bad request')
      }, noWait),
    ).rejects.toThrow('bad request')
    expect(calls).toBe(1)
  })

  it('gives up after the policy’s retries, or when asked to wait too long', async () => {
    const busy = async () => {
      throw new TransientError({ message: 'svc: HTTP 503' })
    }
    const error = await withRetry(busy, { ...noWait, policy: { retries: 2 } }).catch((caught) => caught)
    expect(error).toBeInstanceOf(RetriesExhaustedError)
    expect(error.message.split('\n')[0]).toBe('svc: HTTP 503 (gave up after 3 attempts)')
    const patient = async () => {
      throw new TransientError({ message: 'svc: HTTP 429', retryAfterMs: 3_600_000 })
    }
    await expect(withRetry(patient, noWait)).rejects.toThrow(
      'svc: HTTP 429 (gave up after 1 attempt: the server asked to wait 3600 s)',
    )
  })

  it('stops waiting as soon as the signal aborts', async () => {
    const aborter = new AbortController()
    const started = withRetry(
      async () => {
        throw new TransientError({ message: 'busy', retryAfterMs: 60_000 })
      },
      { signal: aborter.signal, random: () => 0 },
    )
    aborter.abort(new Error('stopped by the user'))
    await expect(started).rejects.toThrow('stopped by the user')
  })
})
