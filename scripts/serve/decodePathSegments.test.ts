import { describe, expect, it } from 'vitest'
import { decodePathSegments, encodePathSegments, splitRequestTarget } from './decodePathSegments.ts'

describe('decodePathSegments', () => {
  it('decodes each segment and drops empty ones', () => {
    expect(decodePathSegments('/')).toEqual([])
    expect(decodePathSegments('/a//b%20c/caf%C3%A9/')).toEqual(['a', 'b c', 'café'])
  })

  it('refuses anything that could climb out or hide a separator', () => {
    for (const path of [
      '/../x',
      '/a/./b',
      '/%2e%2e/x',
      '/%2E%2E/x',
      '/.%2e/x',
      '/..%2fx',
      '/a%5c..%5cb',
      '/a%00',
      'x',
    ]) {
      expect(decodePathSegments(path), path).toBeUndefined()
    }
  })

  it('refuses malformed percent-encoding', () => {
    expect(decodePathSegments('/%E0%A4%A')).toBeUndefined()
  })

  it('keeps names that merely contain dots', () => {
    expect(decodePathSegments('/.well-known/a..b/...')).toEqual(['.well-known', 'a..b', '...'])
  })
})

describe('encodePathSegments', () => {
  it('round-trips with decodePathSegments', () => {
    const segments = ['docs', 'café', 'a b', '#?']
    expect(decodePathSegments(encodePathSegments(segments))).toEqual(segments)
    expect(encodePathSegments([])).toBe('')
  })
})

describe('splitRequestTarget', () => {
  it('splits off the query', () => {
    expect(splitRequestTarget('/a?x=1&y')).toEqual(['/a', 'x=1&y'])
    expect(splitRequestTarget('/a')).toEqual(['/a', ''])
  })
})
