import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFontMetrics } from './fontMetrics.ts'

const font = (file: string) => new Uint8Array(readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}`))

describe(parseFontMetrics.name, () => {
  it('reads advances from a real TrueType font', () => {
    const sans = parseFontMetrics(font('DejaVuSans.ttf'))
    const mono = parseFontMetrics(font('DejaVuSansMono.ttf'))
    expect(sans.unitsPerEm).toBe(2048)
    const code = (char: string) => char.codePointAt(0) ?? 0
    expect(sans.advance(code('W'))).toBeGreaterThan(sans.advance(code('i')))
    expect(mono.advance(code('W'))).toBe(mono.advance(code('i')))
    expect(sans.has(code('é'))).toBe(true)
    expect(sans.has(0x6771)).toBe(false)
  })

  it('refuses a file that is not a font', () => {
    expect(() => parseFontMetrics(new Uint8Array(64))).toThrow(/table/)
  })
})
