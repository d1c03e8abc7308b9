import { getAddress } from 'ethers'

/**
 * The address in a 32-byte word (a storage slot or an ABI-encoded `address`), checksummed; undefined when
 * the word is not an address (its upper 12 bytes are not zero) or is the zero address.
 *
 * @example decodeAddressWord(`0x${'0'.repeat(24)}5fbdb2315678afecb367f032d93f642f64180aa3`) // '0x5FbDB…0aa3'
 */
export function decodeAddressWord(word: string): string | undefined {
  const match = /^0x0{24}([0-9a-fA-F]{40})$/.exec(word)
  if (!match?.[1] || /^0+$/.test(match[1])) return undefined
  return getAddress(`0x${match[1]}`)
}
