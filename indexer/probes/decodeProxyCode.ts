import { getAddress } from 'ethers'

/** A proxy recognised from its runtime code alone: the address every call is forwarded to. */
export interface CodeProxy {
  kind: 'eip1167' | 'eip7702'
  target: string
}

// EIP-1167 minimal proxy, and its ERC-7511 variant that uses PUSH0 (Shanghai and later).
const MINIMAL_PROXY = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/
const MINIMAL_PROXY_PUSH0 = /^0x365f5f375f5f365f73([0-9a-f]{40})5af43d5f5f3e5f3d91602a57fd5bf3$/
// EIP-7702: an EOA's code is the delegation designator 0xef0100 followed by the delegate's address.
const DELEGATION = /^0xef0100([0-9a-f]{40})$/

/**
 * Recognises an EIP-1167 minimal proxy (clone) or an EIP-7702 delegated account from its code. Pure.
 * @param code Runtime code, lowercase 0x hex.
 * @returns The kind and the checksummed target, or undefined for any other code.
 * @example decodeProxyCode(`0xef0100${'ab'.repeat(20)}`) // { kind: 'eip7702', target: '0xaBaB…' }
 */
export function decodeProxyCode(code: string): CodeProxy | undefined {
  const lower = code.toLowerCase()
  const delegate = DELEGATION.exec(lower)?.[1]
  if (delegate) return { kind: 'eip7702', target: getAddress(`0x${delegate}`) }
  const clone = (MINIMAL_PROXY.exec(lower) ?? MINIMAL_PROXY_PUSH0.exec(lower))?.[1]
  if (clone) return { kind: 'eip1167', target: getAddress(`0x${clone}`) }
  return undefined
}

/** Whether `code` is an EIP-7702 delegation designator: the account is an EOA whose key still rules it. */
export function isDelegatedEoa(code: string): boolean {
  return DELEGATION.test(code.toLowerCase())
}
