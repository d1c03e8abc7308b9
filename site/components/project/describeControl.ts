import type { Control, Controller } from '../../../indexer/snapshot/snapshotSchema.ts'
import type { ProjectMessages } from '../../i18n/project.ts'

/** One line of "who controls it": a role (owner, upgrade admin), what kind of account, and its addresses. */
export interface ControlLine {
  label: string
  text: string
  /** The account's address; absent when renounced (the zero address says nothing useful). */
  address?: string
  /** The ProxyAdmin or beacon it acts through. */
  via?: string
}

/**
 * A controller in words: "a Safe multisig, 3 of 5 signatures", "a timelock, 2 days delay".
 *
 * @param m - The page's strings.
 * @param controller - A snapshot controller.
 * @returns The sentence fragment.
 * @example
 * describeController(PROJECT_MESSAGES.en, { address, kind: 'safe', threshold: 3, owners: 5 })
 */
export function describeController(m: ProjectMessages, controller: Controller): string {
  return m.controller(controller.kind, {
    ...(controller.threshold !== undefined ? { threshold: controller.threshold } : {}),
    ...(controller.owners !== undefined ? { owners: controller.owners } : {}),
    ...(controller.minDelay !== undefined ? { delay: m.duration(controller.minDelay) } : {}),
  })
}

/**
 * Who can change a contract, line by line: its owner, then whoever can replace its code. An empty list
 * means the snapshot found neither (`kind: none`).
 *
 * @param m - The page's strings.
 * @param control - The snapshot's control facts.
 * @returns The lines to show.
 * @example
 * describeControl(PROJECT_MESSAGES.en, { kind: 'timelock', admin: { address, kind: 'timelock', minDelay: 172800 } })
 * // [{ label: 'Can upgrade', text: 'a timelock, 2 days delay', address }]
 */
export function describeControl(m: ProjectMessages, control: Control): ControlLine[] {
  const line = (label: string, controller: Controller): ControlLine => ({
    label,
    text: describeController(m, controller),
    ...(controller.kind === 'renounced' ? {} : { address: controller.address }),
    ...(controller.via ? { via: controller.via } : {}),
  })
  return [
    ...(control.owner ? [line(m.owner, control.owner)] : []),
    ...(control.admin ? [line(m.admin, control.admin)] : []),
  ]
}
