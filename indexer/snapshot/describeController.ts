import type { Controller } from './snapshotSchema.ts'

/**
 * A controller in words, for change messages: "a 2/3 Safe (0x5FbD…0aa3)", "a timelock with a 2d delay
 * (0x…)", "an EOA (0x…)", "a contract (0x…)", "nobody (renounced)", with " through 0x…" when it acts
 * through a ProxyAdmin or beacon. Pure.
 */
export function describeController(controller: Controller): string {
  const at = ` (${shortAddress(controller.address)})`
  const via = controller.via ? ` through ${shortAddress(controller.via)}` : ''
  switch (controller.kind) {
    case 'renounced':
      return `nobody (renounced)${via}`
    case 'eoa':
      return `an EOA${at}${via}`
    case 'safe':
      return `a ${controller.threshold ?? '?'}/${controller.owners ?? '?'} Safe${at}${via}`
    case 'timelock':
      return `a timelock with a ${formatDelay(controller.minDelay ?? 0)} delay${at}${via}`
    case 'contract':
      return `a contract${at}${via}`
  }
}

/** `0x5FbDB2315678afecb367f032d93F642f64180aa3` → `0x5FbD…0aa3`. */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address
}

/** Seconds as the largest whole unit that fits: `0s`, `90s`, `2h`, `2d`. */
export function formatDelay(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`
  }
  return `${seconds}s`
}
