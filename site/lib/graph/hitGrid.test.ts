import { describe, expect, it } from 'vitest'
import { buildHitGrid, hitTest } from './hitGrid.ts'

const circles = [
  { x: 10, y: 10, r: 8 },
  { x: 31, y: 10, r: 8 },
  { x: 100, y: 100, r: 14 },
  { x: 104, y: 100, r: 6 },
]

describe(hitTest.name, () => {
  const grid = buildHitGrid(circles, 16)

  it('finds the circle under the point, across cell borders', () => {
    expect(hitTest(grid, circles, 10, 12)).toBe(0)
    expect(hitTest(grid, circles, 33, 4)).toBe(1)
    expect(hitTest(grid, circles, 89, 100)).toBe(2)
  })

  it('returns -1 on empty map, and honours the slop around small nodes', () => {
    expect(hitTest(grid, circles, 20.5, 10)).toBe(-1)
    expect(hitTest(grid, circles, 60, 60)).toBe(-1)
    expect(hitTest(grid, circles, 19, 10, 1.5)).toBe(0)
  })

  it('prefers the circle whose centre is nearest when circles overlap', () => {
    expect(hitTest(grid, circles, 105, 101)).toBe(3)
    expect(hitTest(grid, circles, 95, 100)).toBe(2)
  })

  it('indexes thousands of nodes and still finds each by its centre', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      x: (i % 100) * 30,
      y: Math.floor(i / 100) * 30,
      r: 9,
    }))
    const big = buildHitGrid(many, 32)
    for (const i of [0, 1, 99, 2500, 4999])
      expect(hitTest(big, many, many[i]?.x ?? 0, many[i]?.y ?? 0)).toBe(i)
  })
})
