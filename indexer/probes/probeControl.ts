import type { CallResult } from '../rpc/ChainReader.ts'
import type { Control, Controller, ProxyFacts } from '../snapshot/snapshotSchema.ts'
import { decodeAddressWord } from './decodeAddressWord.ts'
import { decodeOwner, OWNER_CALL } from './decodeOwner.ts'
import { isDelegatedEoa } from './decodeProxyCode.ts'
import { all, andThen, done, map, type Plan, readCall } from './Plan.ts'
import { probeController } from './probeController.ts'

/** What the earlier rounds read about a contract that {@link probeControl} looks at. */
export interface ControlEvidence {
  /** Checksummed. */
  address: string
  /** Runtime code, lowercase hex. */
  code: string
  proxy: ProxyFacts | undefined
  /** The EIP-1967 admin slot, a 32-byte word. */
  adminSlot: string
  /** The contract's own `owner()` call. */
  ownerResult: CallResult
}

/**
 * Finds who can change a contract and classifies them (see {@link probeController}):
 * - `owner`: what `owner()` returns;
 * - `admin`: who can replace the code: the EIP-1967 admin, or a beacon proxy's beacon; when that contract
 *   has an `owner()` (OpenZeppelin ProxyAdmin, UpgradeableBeacon), its owner, with the contract as `via`.
 *   A Safe proxy is its own admin (its owners change its singleton); an EIP-7702 account is an `eoa`.
 *   A contract with neither an owner nor an admin that is itself a Safe or a timelock governs itself: it
 *   is its own admin.
 * - `kind`: the admin's kind, else the owner's, else `none`: the code can be replaced by the admin, which
 *   outranks what an owner can do through the code.
 */
export function probeControl(evidence: ControlEvidence): Plan<Control> {
  const { address, code, proxy } = evidence
  if (proxy?.kind === 'eip7702' || isDelegatedEoa(code)) {
    return done({ kind: 'eoa', admin: { address, kind: 'eoa' } })
  }
  const owner = decodeOwner(evidence.ownerResult)
  const ownerPlan: Plan<Controller | undefined> =
    owner === undefined ? done(undefined) : probeController(owner)

  let adminPlan: Plan<Controller | undefined> = done(undefined)
  if (proxy?.kind === 'safe') adminPlan = probeController(address)
  else if (proxy?.beacon) adminPlan = actingThrough(proxy.beacon)
  else {
    const admin = decodeAddressWord(evidence.adminSlot)
    if (admin) adminPlan = actingThrough(admin)
  }
  return andThen(all([ownerPlan, adminPlan]), ([ownerController, adminController]): Plan<Control> => {
    if (ownerController || adminController) {
      return done({
        kind: adminController?.kind ?? ownerController?.kind ?? 'none',
        ...(ownerController ? { owner: ownerController } : {}),
        ...(adminController ? { admin: adminController } : {}),
      })
    }
    return map(
      probeController(address),
      (self): Control =>
        self.kind === 'safe' || self.kind === 'timelock'
          ? { kind: self.kind, admin: self }
          : { kind: 'none' },
    )
  })
}

/** A ProxyAdmin or beacon acts for its `owner()`; a contract without one is the controller itself. */
function actingThrough(contract: string): Plan<Controller> {
  return andThen(readCall(contract, OWNER_CALL), (result) => {
    const owner = decodeOwner(result)
    if (owner === undefined) return probeController(contract)
    return map(probeController(owner), (controller) => ({ ...controller, via: contract }))
  })
}
