import { describe, expect, it } from 'vitest'
import { mapLimited } from './mapLimited.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('mapLimited', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const out = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n, index) => {
      running++
      most = Math.max(most, running)
      for (let i = 0; i < n; i++) await tick()
      running--
      return `${index}:${n}`
    })
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6'])
    expect(most).toBe(3)
  })

  it('stops starting new calls after a failure and rejects with it', async () => {
    const started: number[] = []
    const run = mapLimited([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n)
      await tick()
      if (n === 1) throw new Error('file 1 is unreadable')
      return n
    })
    await expect(run).rejects.toThrow('file 1 is unreadable')
    expect(started).toEqual([0, 1, 2])
  })

  it('handles no items and refuses a limit below one', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([])
    await expect(mapLimited([1], 0, async () => 1)).rejects.toThrow(RangeError)
  })
})
