/**
 * EIP-1967 storage slots (https://eips.ethereum.org/EIPS/eip-1967), each `keccak256(<label>) - 1`:
 * the logic contract, the admin allowed to upgrade, and the beacon a beacon proxy asks for its logic.
 */
export const EIP1967_SLOTS = {
  implementation: '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc',
  admin: '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103',
  beacon: '0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50',
} as const

/** Slot 0: where a Safe proxy keeps its singleton (the `masterCopy` / `singleton` variable). */
export const SAFE_SINGLETON_SLOT = `0x${'0'.repeat(64)}`
