import { Interface, keccak256 } from 'ethers'
import { upgradeableBeaconAbi } from '../../contracts-abi/index.ts'
import type { ProxyFacts } from '../snapshot/snapshotSchema.ts'
import { decodeAddressWord } from './decodeAddressWord.ts'
import { decodeCallResult } from './decodeCallResult.ts'
import { decodeProxyCode } from './decodeProxyCode.ts'
import { decodeSafe, SAFE_CALLS } from './decodeSafe.ts'
import { all, andThen, done, map, type Plan, readCall, readCode } from './Plan.ts'
import { ProbeCallFailedError } from './ProbeCallFailedError.ts'

const beaconAbi = new Interface(upgradeableBeaconAbi)
const IMPLEMENTATION_CALL = beaconAbi.encodeFunctionData('implementation')

/** What the first round read about a contract that {@link probeProxy} looks at. */
export interface ProxyEvidence {
  /** Checksummed. */
  address: string
  /** Runtime code, lowercase hex, not `0x`. */
  code: string
  /** The EIP-1967 implementation and beacon slots and slot 0, as 32-byte words. */
  implementationSlot: string
  beaconSlot: string
  slot0: string
}

/**
 * Recognises a proxy and where its logic lives, in this order: an EIP-7702 delegation or an EIP-1167
 * clone (from the code), an EIP-1967 beacon proxy (asks the beacon's `implementation()`), an EIP-1967
 * proxy (implementation slot), a Safe proxy (a contract address in slot 0, confirmed by the proxy answering
 * `getThreshold()` and `getOwners()` like a set-up Safe). Then reads the implementation's code hash, so an
 * upgrade shows as a diff.
 *
 * @returns undefined when the contract is none of these.
 * @throws {ProbeCallFailedError} (inside the plan) when a beacon does not answer `implementation()`.
 */
export function probeProxy(evidence: ProxyEvidence): Plan<ProxyFacts | undefined> {
  const { address, code } = evidence
  const fromCode = decodeProxyCode(code)
  if (fromCode) return withImplementationCode({ kind: fromCode.kind, implementation: fromCode.target })

  const beacon = decodeAddressWord(evidence.beaconSlot)
  if (beacon) {
    return andThen(readCall(beacon, IMPLEMENTATION_CALL), (result) => {
      const implementation = decodeCallResult(beaconAbi, 'implementation', result)
      if (typeof implementation !== 'string') {
        throw new ProbeCallFailedError({
          address,
          reason: `its EIP-1967 beacon ${beacon} does not answer implementation()`,
        })
      }
      return withImplementationCode({ kind: 'eip1967-beacon', implementation, beacon })
    })
  }

  const implementation = decodeAddressWord(evidence.implementationSlot)
  if (implementation) return withImplementationCode({ kind: 'eip1967', implementation })

  const singleton = decodeAddressWord(evidence.slot0)
  if (!singleton) return done(undefined)
  return map(
    all([
      readCall(address, SAFE_CALLS.getThreshold),
      readCall(address, SAFE_CALLS.getOwners),
      readCode(singleton),
    ]),
    ([threshold, owners, singletonCode]): ProxyFacts | undefined =>
      decodeSafe(threshold, owners) && singletonCode !== '0x'
        ? { kind: 'safe', implementation: singleton, implementationCodeHash: keccak256(singletonCode) }
        : undefined,
  )
}

function withImplementationCode(proxy: ProxyFacts): Plan<ProxyFacts> {
  return map(readCode(proxy.implementation), (code) =>
    code === '0x' ? proxy : { ...proxy, implementationCodeHash: keccak256(code) },
  )
}
