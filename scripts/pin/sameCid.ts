import { CID } from 'multiformats/cid'

/**
 * Whether a CID printed by a service names the same content as `cid`, whatever CID version or text base
 * the service chose (Kubo may print CIDv0, others base36 or base32).
 *
 * @param text The CID as the service printed it.
 * @param cid The CID expected.
 * @returns true when both address the same bytes with the same codec.
 * @example
 * sameCid('QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn', CID.parse('bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354')) // true
 */
export function sameCid(text: string, cid: CID): boolean {
  try {
    return CID.parse(text).toV1().equals(cid.toV1())
  } catch {
    return false
  }
}
