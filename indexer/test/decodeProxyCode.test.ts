import { describe, expect, it } from 'vitest'
import { decodeAddressWord } from '../probes/decodeAddressWord.ts'
import { decodeProxyCode, isDelegatedEoa } from '../probes/decodeProxyCode.ts'

const TARGET = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const hex = TARGET.slice(2).toLowerCase()

describe('decodeProxyCode', () => {
  it('reads the target of an EIP-1167 clone, in its original and its PUSH0 (ERC-7511) form', () => {
    expect(decodeProxyCode(`0x363d3d373d3d3d363d73${hex}5af43d82803e903d91602b57fd5bf3`)).toEqual({
      kind: 'eip1167',
      target: TARGET,
    })
    expect(decodeProxyCode(`0x365f5f375f5f365f73${hex}5af43d5f5f3e5f3d91602a57fd5bf3`)).toEqual({
      kind: 'eip1167',
      target: TARGET,
    })
  })

  it('reads the delegate of an EIP-7702 account, which stays an EOA', () => {
    expect(decodeProxyCode(`0xEF0100${hex.toUpperCase()}`)).toEqual({ kind: 'eip7702', target: TARGET })
    expect(isDelegatedEoa(`0xef0100${hex}`)).toBe(true)
  })

  it('recognises nothing else: other code, a clone with extra bytes, a truncated designator', () => {
    expect(decodeProxyCode('0x6080604052')).toBeUndefined()
    expect(decodeProxyCode(`0x363d3d373d3d3d363d73${hex}5af43d82803e903d91602b57fd5bf300`)).toBeUndefined()
    expect(decodeProxyCode(`0xef0100${hex.slice(2)}`)).toBeUndefined()
    expect(isDelegatedEoa('0x')).toBe(false)
  })
})

describe('decodeAddressWord', () => {
  it('reads an address from a 32-byte word, checksummed', () => {
    expect(decodeAddressWord(`0x${'0'.repeat(24)}${hex}`)).toBe(TARGET)
  })

  it('refuses the zero word and words with high bytes set', () => {
    expect(decodeAddressWord(`0x${'0'.repeat(64)}`)).toBeUndefined()
    expect(decodeAddressWord(`0x${'0'.repeat(23)}1${hex}`)).toBeUndefined()
    expect(decodeAddressWord('0x01')).toBeUndefined()
  })
})
