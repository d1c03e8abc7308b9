import { describe, expect, it } from 'vitest'
import { formatDate, formatInteger, formatUnits, shortAddress } from './format.ts'

describe('formatUnits', () => {
  it.each([
    ['1000000000000000000000', 18, '1,000'],
    ['1234567890000000000000000', 18, '1,234,567.89'],
    ['1500000', 6, '1.5'],
    ['1', 18, '0'],
    ['0', 0, '0'],
    ['000123', 0, '123'],
    ['999999999', 6, '999.99'],
    ['1000', 3, '1'],
  ])('formats %s with %i decimals as %s', (raw, decimals, expected) => {
    expect(formatUnits(raw, decimals)).toBe(expected)
  })
  it('rejects what is not a raw integer', () => {
    expect(() => formatUnits('1.5', 2)).toThrow()
  })
})

describe('other formats', () => {
  it('groups integers, formats UTC dates and shortens addresses', () => {
    expect(formatInteger(21000000)).toBe('21,000,000')
    expect(formatInteger(999)).toBe('999')
    expect(formatDate(1700000000)).toBe('2023-11-14')
    expect(shortAddress('0x1F98431c8aD98523631AE4a59f267346ea31F984')).toBe('0x1F98…F984')
  })
})
