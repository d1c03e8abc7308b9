import { Interface, ZeroAddress } from 'ethers'
import { timelockControllerAbi } from '../../contracts-abi/index.ts'
import type { Controller } from '../snapshot/snapshotSchema.ts'
import { decodeCallResult } from './decodeCallResult.ts'
import { isDelegatedEoa } from './decodeProxyCode.ts'
import { decodeSafe, SAFE_CALLS } from './decodeSafe.ts'
import { all, done, map, type Plan, readCall, readCode } from './Plan.ts'

const timelock = new Interface(timelockControllerAbi)
const GET_MIN_DELAY = timelock.encodeFunctionData('getMinDelay')

/**
 * Classifies an account that controls something: `renounced` (the zero address), `eoa` (no code, or an
 * EIP-7702 delegation), `safe` (answers `getThreshold()`/`getOwners()`, with both recorded), `timelock`
 * (answers OpenZeppelin TimelockController's `getMinDelay()`, recorded in seconds), else `contract`.
 * One round: the code and the three calls together.
 *
 * @param address Checksummed.
 * @example probeController('0x5FbDB2315678afecb367f032d93F642f64180aa3') // Plan<{ address, kind: 'safe', threshold: 2, owners: 3 }>
 */
export function probeController(address: string): Plan<Controller> {
  if (address === ZeroAddress) return done({ address, kind: 'renounced' })
  return map(
    all([
      readCode(address),
      readCall(address, SAFE_CALLS.getThreshold),
      readCall(address, SAFE_CALLS.getOwners),
      readCall(address, GET_MIN_DELAY),
    ]),
    ([code, threshold, owners, minDelay]): Controller => {
      if (code === '0x' || isDelegatedEoa(code)) return { address, kind: 'eoa' }
      const safe = decodeSafe(threshold, owners)
      if (safe) return { address, kind: 'safe', ...safe }
      const delay = decodeCallResult(timelock, 'getMinDelay', minDelay)
      if (typeof delay === 'bigint' && delay <= BigInt(Number.MAX_SAFE_INTEGER)) {
        return { address, kind: 'timelock', minDelay: Number(delay) }
      }
      return { address, kind: 'contract' }
    },
  )
}
