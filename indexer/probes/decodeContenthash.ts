import { decode, getCodec } from '@ensdomains/content-hash'
import type { Contenthash } from '../snapshot/snapshotSchema.ts'

/**
 * Decodes an ENSIP-7 (EIP-1577) contenthash with `@ensdomains/content-hash`: `ipfs` as CIDv1 base32
 * (`bafy…`), `ipns` as its libp2p-key name (base36 `k51…`), `swarm` as the hex hash, and so on for every
 * codec the library knows. Pure.
 *
 * @param hex The resolver's `contenthash(node)` bytes, 0x hex.
 * @returns undefined for an empty record; `{ codec: 'unknown', value: <hex> }` when it cannot be decoded.
 * @example decodeContenthash('0xe30101701220…') // { codec: 'ipfs', value: 'bafybei…' }
 */
export function decodeContenthash(hex: string): Contenthash | undefined {
  if (hex === '0x') return undefined
  try {
    const codec = getCodec(hex)
    if (codec) return { codec, value: decode(hex) }
  } catch {
    // Not a valid multicodec prefix or payload: fall through to the raw bytes.
  }
  return { codec: 'unknown', value: hex.toLowerCase() }
}
