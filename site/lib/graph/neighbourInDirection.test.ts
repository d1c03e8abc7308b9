import { describe, expect, it } from 'vitest'
import { directionOfKey, neighbourInDirection } from './neighbourInDirection.ts'

// A plus-shaped map around `c`, with an unrelated node just right of it.
const c = { id: 'c', x: 100, y: 100 }
const nodes = [
  c,
  { id: 'up', x: 100, y: 20 },
  { id: 'down', x: 110, y: 190 },
  { id: 'left', x: 10, y: 95 },
  { id: 'far-right', x: 300, y: 100 },
  { id: 'near-right', x: 130, y: 102 },
  { id: 'diag', x: 200, y: 170 },
]

describe(neighbourInDirection.name, () => {
  it('prefers a related node in the direction of the key, over a nearer unrelated one', () => {
    expect(neighbourInDirection(c, 'right', nodes, new Set(['far-right', 'up']))).toBe('far-right')
    expect(neighbourInDirection(c, 'up', nodes, new Set(['far-right', 'up']))).toBe('up')
  })

  it('picks the related node whose bearing is closest to the key', () => {
    expect(neighbourInDirection(c, 'right', nodes, new Set(['far-right', 'diag']))).toBe('far-right')
    expect(neighbourInDirection(c, 'down', nodes, new Set(['down', 'diag']))).toBe('down')
  })

  it('falls back to the nearest node that way when no related node lies there', () => {
    expect(neighbourInDirection(c, 'right', nodes, new Set(['up']))).toBe('near-right')
    expect(neighbourInDirection(c, 'left', nodes, new Set())).toBe('left')
  })

  it('stays put when nothing lies that way', () => {
    const edge = { id: 'edge', x: 0, y: 0 }
    expect(neighbourInDirection(edge, 'up', [edge, ...nodes], new Set(['c']))).toBeUndefined()
  })

  it('maps arrow keys and nothing else', () => {
    expect(directionOfKey('ArrowLeft')).toBe('left')
    expect(directionOfKey('ArrowDown')).toBe('down')
    expect(directionOfKey('Enter')).toBeUndefined()
  })
})
