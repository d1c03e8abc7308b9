import { describe, expect, it } from 'vitest'
import { JsonValueUnsupportedError } from '../snapshot/JsonValueUnsupportedError.ts'
import { stableJson } from '../snapshot/stableJson.ts'

describe('stableJson', () => {
  it('sorts keys at every depth, indents by two spaces and ends with a newline', () => {
    expect(stableJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      3,\n      {\n        "y": null,\n        "z": true\n      }\n    ]\n  },\n  "b": 1\n}\n',
    )
  })

  it('gives the same text whatever order keys were inserted in', () => {
    expect(stableJson({ x: 1, y: { p: 1, q: 2 } })).toBe(stableJson({ y: { q: 2, p: 1 }, x: 1 }))
  })

  it('sorts by code unit, not by locale or as numbers', () => {
    expect(stableJson({ b: 0, a: 0, B: 0, é: 0, '10': 0, '9': 0, _: 0 }).match(/"(.+?)":/g)).toEqual([
      '"10":',
      '"9":',
      '"B":',
      '"_":',
      '"a":',
      '"b":',
      '"é":',
    ])
  })

  it('keeps array order, writes empty containers inline and leaves undefined properties out', () => {
    expect(stableJson({ list: [3, 1, 2], empty: {}, none: [], gone: undefined })).toBe(
      '{\n  "empty": {},\n  "list": [\n    3,\n    1,\n    2\n  ],\n  "none": []\n}\n',
    )
  })

  it('matches JSON.stringify with 2-space indent for already-sorted data', () => {
    const value = { a: 'quote " and \\ and \n and \u2028', b: -0.5, c: [true, false, null], d: { e: 1e21 } }
    expect(stableJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('refuses what JSON cannot hold exactly, naming where it is', () => {
    expect(() => stableJson({ supply: 10n })).toThrow(JsonValueUnsupportedError)
    expect(() => stableJson({ a: [Number.NaN] })).toThrow('Cannot write NaN at $["a"][0] as JSON.')
    expect(() => stableJson({ when: new Date(0) })).toThrow('a Date object')
    expect(() => stableJson({ m: new Map() })).toThrow('a Map object')
    expect(() => stableJson([undefined])).toThrow('a undefined')
    expect(() => stableJson(() => 1)).toThrow(JsonValueUnsupportedError)
  })

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, number>, { b: 2, a: 1 })
    expect(stableJson(bare)).toBe('{\n  "a": 1,\n  "b": 2\n}\n')
  })
})
