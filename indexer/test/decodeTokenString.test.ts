import { AbiCoder, encodeBytes32String } from 'ethers'
import { describe, expect, it } from 'vitest'
import { decodeSafe } from '../probes/decodeSafe.ts'
import { decodeTokenString } from '../probes/decodeTokenString.ts'

const coder = AbiCoder.defaultAbiCoder()
const ok = (returnData: string) => ({ success: true, returnData })

describe('decodeTokenString', () => {
  it('reads an ABI string', () => {
    expect(decodeTokenString('name', ok(coder.encode(['string'], ['Uniswap'])))).toBe('Uniswap')
  })

  it('falls back to bytes32, cut at the first zero byte, as MKR returns it', () => {
    expect(decodeTokenString('symbol', ok(encodeBytes32String('MKR')))).toBe('MKR')
    expect(decodeTokenString('name', ok(`0x${Buffer.from('Maker').toString('hex').padEnd(64, '0')}`))).toBe(
      'Maker',
    )
    const full = `0x${Buffer.from('A'.repeat(32)).toString('hex')}`
    expect(decodeTokenString('name', ok(full))).toBe('A'.repeat(32))
  })

  it('gives nothing for a revert, empty data, invalid UTF-8 or data of another shape', () => {
    expect(decodeTokenString('name', { success: false, returnData: '0x' })).toBeUndefined()
    expect(decodeTokenString('name', ok('0x'))).toBeUndefined()
    expect(decodeTokenString('name', ok(`0xff${'00'.repeat(31)}`))).toBeUndefined()
    expect(decodeTokenString('name', ok('0x1234'))).toBeUndefined()
  })
})

describe('decodeSafe', () => {
  const owners = (n: number) =>
    ok(
      coder.encode(
        ['address[]'],
        [Array.from({ length: n }, (_, i) => `0x${String(i + 1).padStart(40, '0')}`)],
      ),
    )
  const threshold = (t: number) => ok(coder.encode(['uint256'], [t]))

  it('reads a set-up Safe: threshold and owner count', () => {
    expect(decodeSafe(threshold(2), owners(3))).toEqual({ threshold: 2, owners: 3 })
  })

  it('refuses a threshold of 0 (a singleton), above the owner count, or a missing answer', () => {
    expect(decodeSafe(threshold(0), owners(3))).toBeUndefined()
    expect(decodeSafe(threshold(4), owners(3))).toBeUndefined()
    expect(decodeSafe({ success: false, returnData: '0x' }, owners(3))).toBeUndefined()
  })
})
