import type { Provider, Signer } from 'ethers'
import type { CID } from 'multiformats/cid'
import { buildSafeBatch, type SafeBatchFile } from './buildSafeBatch.ts'
import { checkAuthorised } from './checkAuthorised.ts'
import type { EnsName } from './parseEnsName.ts'
import { type ContenthashPlan, planContenthashUpdate } from './planContenthashUpdate.ts'
import { type SentContenthashUpdate, sendContenthashUpdate } from './sendContenthashUpdate.ts'

/** How the change reaches the chain. */
export type EnsUpdateMode =
  /** Print the plan; send nothing. */
  | { kind: 'dry-run' }
  /** Send from a key: the name's owner, or a delegate approved on the resolver. */
  | { kind: 'send'; signer: Signer }
  /** Write a Transaction Builder batch for the Safe that owns the name; send nothing. */
  | { kind: 'safe'; safe: string }

/** What {@link updateEnsContenthash} did, with the plan it acted on. */
export type EnsUpdateResult =
  | { kind: 'up-to-date'; plan: ContenthashPlan & { kind: 'up-to-date' } }
  | { kind: 'dry-run'; plan: ContenthashPlan & { kind: 'update' } }
  | { kind: 'sent'; plan: ContenthashPlan & { kind: 'update' }; sent: SentContenthashUpdate }
  | {
      kind: 'safe'
      plan: ContenthashPlan & { kind: 'update' }
      batch: SafeBatchFile
      /** False when the address has no code: the batch then cannot be run by a Safe at that address. */
      safeIsContract: boolean
    }

/** What {@link updateEnsContenthash} reads and sends through. */
export interface UpdateDependencies {
  provider: Provider
  /** The ENS registry's address on this chain. */
  registry: string
  /** How long send mode waits for its receipt. */
  timeoutMs?: number
}

/**
 * Points an ENS name at a CID, in one of three modes, doing nothing when the record already holds it:
 * plans at one pinned block (see `planContenthashUpdate`), then prints only (`dry-run`), sends from a key
 * and reads the record back (`send`), or builds a Safe Transaction Builder batch after checking that the
 * Safe may make the change (`safe`).
 *
 * @param name The normalised name.
 * @param target The CID to point at.
 * @param mode How the change reaches the chain.
 * @param deps The provider and the registry's address.
 * @returns The plan and what was done with it.
 * @throws {EnsResolverMissingError | EnsResolverUnsupportedError} when the name cannot hold a contenthash.
 * @throws {EnsNotAuthorisedError} when the key or Safe may not change the name.
 * @throws {ContenthashMismatchError} when a sent change does not read back.
 * @example
 * const result = await updateEnsContenthash(parseEnsName('atlas.eth'), parseCid(cid), { kind: 'dry-run' }, deps)
 */
export async function updateEnsContenthash(
  name: EnsName,
  target: CID,
  mode: EnsUpdateMode,
  deps: UpdateDependencies,
): Promise<EnsUpdateResult> {
  const plan = await planContenthashUpdate(name, target, deps)
  if (plan.kind === 'up-to-date') return { kind: 'up-to-date', plan }
  switch (mode.kind) {
    case 'dry-run':
      return { kind: 'dry-run', plan }
    case 'send':
      return { kind: 'sent', plan, sent: await sendContenthashUpdate(plan, { ...deps, signer: mode.signer }) }
    case 'safe':
      await checkAuthorised(plan, mode.safe, deps)
      return {
        kind: 'safe',
        plan,
        batch: buildSafeBatch(plan, mode.safe),
        safeIsContract: (await deps.provider.getCode(mode.safe, plan.blockNumber)) !== '0x',
      }
  }
}
