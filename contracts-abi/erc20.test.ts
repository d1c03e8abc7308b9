import { readFile } from 'node:fs/promises'
import { Interface } from 'ethers'
import { describe, expect, it } from 'vitest'
import { erc20Abi } from './index.ts'

describe('erc20Abi', () => {
  it('is the same ABI as erc20.json', async () => {
    const json: unknown = JSON.parse(await readFile(new URL('./erc20.json', import.meta.url), 'utf8'))
    expect(erc20Abi).toEqual(json)
  })

  it('has the standard ERC-20 selectors', () => {
    const abi = new Interface(erc20Abi)
    expect(abi.getFunction('name')?.selector).toBe('0x06fdde03')
    expect(abi.getFunction('symbol')?.selector).toBe('0x95d89b41')
    expect(abi.getFunction('decimals')?.selector).toBe('0x313ce567')
    expect(abi.getFunction('totalSupply')?.selector).toBe('0x18160ddd')
  })
})
