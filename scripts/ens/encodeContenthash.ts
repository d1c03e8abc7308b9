import { decode as decodeOtherContenthash, getCodec } from '@ensdomains/content-hash'
import { getBytes, hexlify } from 'ethers'
import { varint } from 'multiformats'
import { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** The `ipfs-ns` multicodec (ENSIP-7 / EIP-1577): the contenthash namespace of IPFS content. */
export const IPFS_NS = 0xe3

/** What a resolver's contenthash record holds, decoded. */
export type DecodedContenthash =
  /** No record (`0x`). */
  | { kind: 'none' }
  /** IPFS content: `cid` is the CID found in the record (v0 or v1). */
  | { kind: 'ipfs'; cid: CID }
  /** Another namespace (ipns-ns, swarm-ns, onion…): its name and value as text, for people to read. */
  | { kind: 'other'; codec: string; value: string }

/** Thrown when a contenthash record is not valid ENSIP-7 bytes. */
export class ContenthashInvalidError extends BaseError {
  override name = 'ContenthashInvalidError'
  constructor({ contenthash, reason }: { contenthash: string; reason: string }) {
    super(`The contenthash ${contenthash} is not valid ENSIP-7 bytes: ${reason}.`, {
      metaMessages: ['Point the name at a release again with `npm run ens -- --name <name> --cid <cid>`.'],
    })
  }
}

/**
 * Encodes an IPFS CID as an ENSIP-7 / EIP-1577 contenthash: the `ipfs-ns` varint (`0xe3 0x01`) followed
 * by the CIDv1 bytes. A CIDv0 is written as its v1, as the ENS app and `@ensdomains/content-hash` do.
 *
 * @param cid The content's root CID.
 * @returns The contenthash as 0x-prefixed lowercase hex.
 * @example
 * encodeContenthash(CID.parse('QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4'))
 * // '0xe3010170122029f2d17be6139079dc48696d1f582a8530eb9805b561eda517e22a892c7e3f1f'
 */
export function encodeContenthash(cid: CID): string {
  const cidBytes = cid.toV1().bytes
  const prefixLength = varint.encodingLength(IPFS_NS)
  const bytes = new Uint8Array(prefixLength + cidBytes.length)
  varint.encodeTo(IPFS_NS, bytes)
  bytes.set(cidBytes, prefixLength)
  return hexlify(bytes)
}

/**
 * Decodes a contenthash record as a resolver returns it. IPFS records are decoded here (CIDv0 or v1
 * inside, so old records compare too); other namespaces go through `@ensdomains/content-hash` only to
 * show their value. Not ethers' `getContentHash()`: it reads `latest` only and throws on CIDs that are
 * not dag-pb.
 *
 * @param contenthash The record as hex (`0x` for none).
 * @returns What the record holds.
 * @throws {ContenthashInvalidError} when the bytes are not a namespace varint followed by a valid value.
 * @example
 * decodeContenthash('0xe3010170122029f2d17be6139079dc48696d1f582a8530eb9805b561eda517e22a892c7e3f1f')
 * // { kind: 'ipfs', cid: CID(bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4) }
 */
export function decodeContenthash(contenthash: string): DecodedContenthash {
  let bytes: Uint8Array
  try {
    bytes = getBytes(contenthash)
  } catch {
    throw new ContenthashInvalidError({ contenthash, reason: 'it is not hex' })
  }
  if (bytes.length === 0) return { kind: 'none' }
  let codec: number
  let prefixLength: number
  try {
    ;[codec, prefixLength] = varint.decode(bytes)
  } catch {
    throw new ContenthashInvalidError({ contenthash, reason: 'it does not start with a namespace varint' })
  }
  if (codec === IPFS_NS) {
    try {
      return { kind: 'ipfs', cid: CID.decode(bytes.subarray(prefixLength)) }
    } catch (error) {
      const reason = `its ipfs-ns value is not a CID (${error instanceof Error ? error.message : error})`
      throw new ContenthashInvalidError({ contenthash, reason })
    }
  }
  try {
    const name = getCodec(contenthash)
    if (name) return { kind: 'other', codec: name, value: decodeOtherContenthash(contenthash) }
  } catch {
    // Fall through: an unknown or malformed value is still shown by its namespace code.
  }
  return { kind: 'other', codec: `0x${codec.toString(16)}`, value: hexlify(bytes.subarray(prefixLength)) }
}

/**
 * Renders a decoded record for people: the CIDv1 base32 of IPFS content, `no record`, or the
 * namespace and value of anything else.
 *
 * @param contenthash A decoded record.
 * @returns One line of text.
 * @example
 * formatContenthash({ kind: 'none' }) // 'no record'
 */
export function formatContenthash(contenthash: DecodedContenthash): string {
  if (contenthash.kind === 'none') return 'no record'
  if (contenthash.kind === 'ipfs') return contenthash.cid.toV1().toString()
  return `${contenthash.codec} ${contenthash.value}`
}
