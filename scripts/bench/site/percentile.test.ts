import { describe, expect, it } from 'vitest'
import { frameStats, percentile } from './percentile.ts'

describe(percentile.name, () => {
  it('takes the nearest rank, as npm run bench does', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 100)).toBe(100)
  })

  it('lets one slow frame in twenty count, but not one in twenty-one', () => {
    expect(percentile([...Array(19).fill(16), 80], 95)).toBe(16)
    expect(percentile([...Array(18).fill(16), 80, 80], 95)).toBe(80)
  })

  it('has no percentile without samples and leaves the input unsorted', () => {
    expect(percentile([], 95)).toBeUndefined()
    const samples = [3, 1, 2]
    expect(percentile(samples, 95)).toBe(3)
    expect(samples).toEqual([3, 1, 2])
  })
})

describe(frameStats.name, () => {
  it('turns frame timestamps into frame times', () => {
    expect(frameStats([0, 16, 33, 83])).toEqual({ frames: 3, p95Ms: 50, maxMs: 50 })
    expect(frameStats([10, 26.5])).toEqual({ frames: 1, p95Ms: 16.5, maxMs: 16.5 })
  })

  it('needs two frames', () => {
    expect(frameStats([5])).toBeUndefined()
    expect(frameStats([])).toBeUndefined()
  })
})
