import { keccak256 } from 'ethers'
import type { ContractFacts } from '../snapshot/snapshotSchema.ts'
import { OWNER_CALL } from './decodeOwner.ts'
import { EIP1967_SLOTS, SAFE_SINGLETON_SLOT } from './eip1967Slots.ts'
import { all, andThen, done, map, type Plan, readCall, readCode, readStorage } from './Plan.ts'
import { probeControl } from './probeControl.ts'
import { probeProxy } from './probeProxy.ts'

/** What the indexer records about a contract address on one run (the snapshot adds the stale mark). */
export type ContractReading = Omit<ContractFacts, 'stale'>

/**
 * Everything about one registry contract: whether it has code and its hash, the proxy it is (if any, see
 * {@link probeProxy}) and who controls it ({@link probeControl}). An address without code is only that.
 * The first round reads the code, the three EIP-1967 slots, slot 0 and `owner()` together.
 *
 * @param address Checksummed.
 * @example const [reading] = await runPlans({ reader }, [probeContract(address)])
 */
export function probeContract(address: string): Plan<ContractReading> {
  return andThen(
    all([
      readCode(address),
      readStorage(address, EIP1967_SLOTS.implementation),
      readStorage(address, EIP1967_SLOTS.admin),
      readStorage(address, EIP1967_SLOTS.beacon),
      readStorage(address, SAFE_SINGLETON_SLOT),
      readCall(address, OWNER_CALL),
    ]),
    ([code, implementationSlot, adminSlot, beaconSlot, slot0, ownerResult]): Plan<ContractReading> => {
      if (code === '0x') return done({ hasCode: false })
      const codeHash = keccak256(code)
      return andThen(probeProxy({ address, code, implementationSlot, beaconSlot, slot0 }), (proxy) =>
        map(probeControl({ address, code, proxy, adminSlot, ownerResult }), (control) => ({
          hasCode: true,
          codeHash,
          ...(proxy ? { proxy } : {}),
          control,
        })),
      )
    },
  )
}
