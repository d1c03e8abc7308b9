import { base36 } from 'multiformats/bases/base36'
import { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** The multicodec of a libp2p public key: a CID with it names an IPNS key, not content. */
const LIBP2P_KEY = 0x72

/** Thrown when a text is not a CID of content the ENS name can point at. */
export class CidInvalidError extends BaseError {
  override name = 'CidInvalidError'
  constructor({ cid, reason }: { cid: string; reason: string }) {
    super(`"${cid}" is not a CID this tool can point an ENS name at: ${reason}.`, {
      metaMessages: ['Give the root CID of the release, as `npm run cid` prints it (bafy…).'],
    })
  }
}

/**
 * Parses the CID of a release given on a command line or read from a file (CIDv0 `Qm…`, or CIDv1 in
 * any base multiformats knows, base36 `k…` included).
 *
 * @param text The CID as text.
 * @returns The parsed CID, as given (v0 stays v0; see {@link canonicalCid}).
 * @throws {CidInvalidError} when the text is not a CID, or is an IPNS key (`libp2p-key` codec): the name
 * points at immutable content, never at a mutable pointer (see docs/ens.md).
 * @example
 * parseCid('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4').version // 1
 */
export function parseCid(text: string): CID {
  let cid: CID
  try {
    cid = CID.parse(text.trim(), text.trim().startsWith('k') ? base36 : undefined)
  } catch (error) {
    throw new CidInvalidError({ cid: text, reason: error instanceof Error ? error.message : String(error) })
  }
  if (cid.code === LIBP2P_KEY) {
    throw new CidInvalidError({ cid: text, reason: 'it is an IPNS key (libp2p-key codec), not content' })
  }
  return cid
}

/**
 * The one text form this project compares and stores CIDs in: CIDv1 in base32, as IPIP-499's
 * `unixfs-v1-2025` profile and `npm run cid` give it. A CIDv0 becomes the v1 of the same content.
 *
 * @param cid Any CID.
 * @returns The CIDv1 base32 text (`bafy…` for dag-pb, `bafk…` for raw).
 * @example
 * canonicalCid(CID.parse('QmRAQB6YaCyidP37UdDnjFY5vQuiBrcqdyoW1CuDgwxkD4'))
 * // 'bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4'
 */
export function canonicalCid(cid: CID): string {
  return cid.toV1().toString()
}
