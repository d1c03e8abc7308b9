import { readFile } from 'node:fs/promises'
import { AbiCoder, Interface } from 'ethers'
import { describe, expect, it } from 'vitest'
import { multicall3Abi } from '../../contracts-abi/index.ts'
import { decodeAggregate3, encodeAggregate3 } from './aggregate3.ts'

const TOKEN = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const EOA = '0x1111111111111111111111111111111111111111'
const multicall3 = new Interface(multicall3Abi)

function aggregate3Result(results: Array<[boolean, string]>): string {
  return multicall3.encodeFunctionResult('aggregate3', [results])
}

describe('multicall3Abi', () => {
  it('is the same ABI as multicall3.json, with the canonical aggregate3 selector', async () => {
    const json: unknown = JSON.parse(
      await readFile(new URL('../../contracts-abi/multicall3.json', import.meta.url), 'utf8'),
    )
    expect(multicall3Abi).toEqual(json)
    expect(multicall3.getFunction('aggregate3')?.selector).toBe('0x82ad56cb')
  })
})

describe(encodeAggregate3.name, () => {
  it('packs every call with allowFailure set', () => {
    const data = encodeAggregate3([
      { to: TOKEN, data: '0x06fdde03' },
      { to: EOA, data: '0x' },
    ])
    const [calls] = multicall3.decodeFunctionData('aggregate3', data)
    expect(calls.map((call: unknown[]) => [...call])).toEqual([
      [TOKEN, true, '0x06fdde03'],
      [EOA, true, '0x'],
    ])
  })
})

describe(decodeAggregate3.name, () => {
  it('treats a success with empty return data (an EOA) as a failure, and failures as 0x', () => {
    const word = AbiCoder.defaultAbiCoder().encode(['uint8'], [18])
    const data = aggregate3Result([
      [true, word],
      [true, '0x'],
      [false, '0x08c379a0'],
    ])
    expect(decodeAggregate3(data, 3)).toEqual([
      { success: true, returnData: word },
      { success: false, returnData: '0x' },
      { success: false, returnData: '0x' },
    ])
  })

  it('throws when the number of results is not the number of calls, or the data is not a result', () => {
    expect(() => decodeAggregate3(aggregate3Result([[true, '0x01']]), 2)).toThrow(
      'aggregate3 returned 1 results for 2',
    )
    expect(() => decodeAggregate3('0x1234', 1)).toThrow()
  })
})
