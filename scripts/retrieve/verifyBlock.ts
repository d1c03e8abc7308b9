import { equals } from 'multiformats/bytes'
import type { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import type { MultihashHasher } from 'multiformats/hashes/interface'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown when a block's bytes do not hash to the multihash in its CID: someone served the wrong data. */
export class BlockMismatchError extends BaseError {
  override name = 'BlockMismatchError'
  readonly cid: CID
  constructor({ cid, source }: { cid: CID; source: string }) {
    super(`Block ${cid} from ${source} does not match its CID: its bytes hash to something else.`, {
      metaMessages: [
        'The content served is not what the CID names. Do not point anything at it through this source;',
        'try another gateway, and re-pin the release if every source serves the same wrong bytes.',
      ],
    })
    this.cid = cid
  }
}

/** Thrown when a CID uses a hash function this checker does not know, so its block cannot be verified. */
export class UnsupportedHashError extends BaseError {
  override name = 'UnsupportedHashError'
  constructor({ cid }: { cid: CID }) {
    super(
      `Block ${cid} uses hash function 0x${cid.multihash.code.toString(16)}, which cannot be verified here.`,
      {
        metaMessages: ['Releases are hashed with sha2-256; rebuild the CAR with `npm run car`.'],
      },
    )
  }
}

const hashers: ReadonlyMap<number, MultihashHasher> = new Map<number, MultihashHasher>([
  [sha256.code, sha256],
  [sha512.code, sha512],
  [identity.code, identity],
])

/**
 * Checks that `bytes` are the block `cid` names, by hashing them with the CID's hash function and
 * comparing digests (the trustless-gateway rule: never trust a block you have not hashed).
 *
 * @param cid The block's CID.
 * @param bytes The bytes received for it.
 * @param source Where they came from, for the error, e.g. `http://127.0.0.1:8080`.
 * @returns Nothing; returns only when the bytes match.
 * @throws {BlockMismatchError} when they do not match.
 * @throws {UnsupportedHashError} for a hash function other than sha2-256, sha2-512 or identity.
 * @example
 * await verifyBlock(cid, bytes, 'gateway http://127.0.0.1:8080')
 */
export async function verifyBlock(cid: CID, bytes: Uint8Array, source: string): Promise<void> {
  const hasher = hashers.get(cid.multihash.code)
  if (!hasher) throw new UnsupportedHashError({ cid })
  const digest = await hasher.digest(bytes)
  if (!equals(digest.bytes, cid.multihash.bytes)) {
    throw new BlockMismatchError({ cid, source })
  }
}
