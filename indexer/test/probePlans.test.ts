import { AbiCoder, getAddress, ZeroAddress } from 'ethers'
import { describe, expect, it } from 'vitest'
import type { ChainRead, Plan, ReadResult } from '../probes/Plan.ts'
import { ProbeCallFailedError } from '../probes/ProbeCallFailedError.ts'
import { probeEnsName } from '../probes/probeEnsName.ts'
import { probeProxy } from '../probes/probeProxy.ts'
import { probeToken } from '../probes/probeToken.ts'

// The probes are plans: driven here with answers written by hand, to reach the cases a local chain does
// not easily show (a silent beacon, a slot 0 that only looks like a Safe, a name without a resolver).

const coder = AbiCoder.defaultAbiCoder()
const A = getAddress('0x000000000000000000000000000000000000000a')
const B = getAddress('0x000000000000000000000000000000000000000b')
const REGISTRY = '0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e'
const word = (address: string) => `0x${address.slice(2).toLowerCase().padStart(64, '0')}`
const ZERO_WORD = `0x${'0'.repeat(64)}`
const ok = (types: string[], values: unknown[]) => ({
  success: true,
  returnData: coder.encode(types, values),
})
const reverted = { success: false, returnData: '0x' }

/** Runs a plan to the end, answering every read with `answer` (undefined: a revert, or `0x` code). */
function drive<T>(plan: Plan<T>, answer: (read: ChainRead) => ReadResult | undefined): T {
  let current = plan
  while (!current.done) {
    current = current.resume(
      current.reads.map(
        (read) => answer(read) ?? (read.kind === 'call' ? reverted : read.kind === 'code' ? '0x' : ZERO_WORD),
      ),
    )
  }
  return current.value
}

describe('probeProxy', () => {
  const evidence = {
    address: A,
    code: '0x6080',
    implementationSlot: ZERO_WORD,
    beaconSlot: ZERO_WORD,
    slot0: ZERO_WORD,
  }

  it('fails the contract when its EIP-1967 beacon does not answer implementation()', () => {
    expect(() => drive(probeProxy({ ...evidence, beaconSlot: word(B) }), () => undefined)).toThrow(
      new ProbeCallFailedError({
        address: A,
        reason: `its EIP-1967 beacon ${B} does not answer implementation()`,
      }),
    )
  })

  it('does not take an address in slot 0 for a Safe unless the contract answers like one', () => {
    expect(
      drive(probeProxy({ ...evidence, slot0: word(B) }), (read) =>
        read.kind === 'code' ? '0x60' : undefined,
      ),
    ).toBeUndefined()
  })

  it('records no implementation code hash when the implementation has no code', () => {
    expect(drive(probeProxy({ ...evidence, implementationSlot: word(B) }), () => undefined)).toEqual({
      kind: 'eip1967',
      implementation: B,
    })
  })
})

describe('probeToken', () => {
  const answers = (overrides: Record<string, ReadResult>) => (read: ChainRead) => {
    if (read.kind === 'code') return '0x60'
    if (read.kind !== 'call') return undefined
    const selector = read.data.slice(0, 10)
    return (
      overrides[selector] ??
      {
        '0x06fdde03': ok(['string'], ['Token']),
        '0x95d89b41': ok(['string'], ['TKN']),
        '0x313ce567': ok(['uint8'], [6]),
        '0x18160ddd': ok(['uint256'], [10n]),
      }[selector]
    )
  }

  it('names the read that failed', () => {
    expect(() => drive(probeToken(A), answers({ '0x313ce567': reverted }))).toThrow('decimals() reverted')
    expect(() => drive(probeToken(A), answers({ '0x313ce567': ok(['uint256'], [256n]) }))).toThrow(
      'decimals() returned data that is not a uint8',
    )
    expect(() =>
      drive(probeToken(A), answers({ '0x06fdde03': { success: true, returnData: '0x1234' } })),
    ).toThrow('name() returned data that is not a string or bytes32')
  })

  it('reads an ERC-721 without metadata as a collection with nothing but its supply', () => {
    const value = drive(
      probeToken(A),
      answers({
        '0x01ffc9a7': ok(['bool'], [true]),
        '0x06fdde03': reverted,
        '0x95d89b41': reverted,
        '0x18160ddd': ok(['uint256'], [3n]),
      }),
    )
    expect(value).toEqual({ standard: 'erc721', facts: { totalSupply: '3' } })
  })
})

describe('probeEnsName', () => {
  const call = (read: ChainRead, selector: string, result: ReadResult) =>
    read.kind === 'call' && read.data.startsWith(selector) ? result : undefined

  it('reads only the owner of a name without a resolver', () => {
    const value = drive(probeEnsName(REGISTRY, 'atlas.eth'), (read) => {
      if (read.kind === 'code') return '0x'
      return (
        call(read, '0x02571be3', ok(['address'], [A])) ??
        call(read, '0x0178b8bf', ok(['address'], [ZeroAddress]))
      )
    })
    expect(value).toEqual({ owner: { address: A, kind: 'eoa' }, primary: false })
  })

  it('fails when the registry does not answer', () => {
    expect(() => drive(probeEnsName(REGISTRY, 'atlas.eth'), () => undefined)).toThrow(
      'the ENS registry does not answer owner() and resolver()',
    )
  })

  it('leaves out an address that is not set and a contenthash the resolver does not have', () => {
    const value = drive(probeEnsName(REGISTRY, 'atlas.eth'), (read) => {
      if (read.kind === 'code') return read.address === B ? '0x60' : '0x'
      return (
        call(read, '0x02571be3', ok(['address'], [ZeroAddress])) ??
        call(read, '0x0178b8bf', ok(['address'], [B])) ??
        call(read, '0x3b3b57de', ok(['address'], [ZeroAddress]))
      )
    })
    expect(value).toEqual({ owner: { address: ZeroAddress, kind: 'renounced' }, resolver: B, primary: false })
  })
})
