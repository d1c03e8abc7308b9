import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { EnsUpdateResult } from '../ens/updateEnsContenthash.ts'
import type { PinReleaseResult } from '../pin/pinRelease.ts'
import type { FetchAndVerifyResult } from '../retrieve/fetchAndVerify.ts'

/** Thrown when the deploy has no gateway to check retrieval through: ENS must never move unverified. */
export class RetrievalGatewayMissingError extends BaseError {
  override name = 'RetrievalGatewayMissingError'
  constructor() {
    super('No gateway to verify retrieval through: set RELEASE_GATEWAYS.', {
      metaMessages: [
        'e.g. RELEASE_GATEWAYS=https://trustless-gateway.example,https://another.example (comma-separated).',
      ],
    })
  }
}

/** The steps of a deploy, each a tested module of its own; the CLI wires the real ones. */
export interface DeployReleaseSteps {
  pin(): Promise<PinReleaseResult>
  verifyRetrieval(gateway: URL): Promise<FetchAndVerifyResult>
  /** Absent when no ENS name is configured (a CID-only deploy, e.g. a PR preview). */
  updateEns?: () => Promise<EnsUpdateResult>
  /** Records the release in releases.json; absent for deploys that are not releases (beta, previews). */
  recordRelease?: () => Promise<{ added: boolean }>
  log(line: string): void
}

export interface DeployReleaseResult {
  root: CID
  pinnedBy: string[]
  verifiedThrough: string[]
  ens: 'updated' | 'up-to-date' | 'proposed' | 'planned' | 'skipped'
  recorded: 'added' | 'present' | 'skipped'
}

/**
 * Deploys a built release in the one order that keeps ENS safe (DESIGN.md invariant 6): pin with every
 * configured provider, fetch the CID back through every configured gateway verifying each block, and only
 * then point ENS at it and record the release. Any failure stops the deploy before ENS is touched.
 * Every step is idempotent, so re-running a deploy for a version already out does nothing new.
 *
 * @param gateways Trustless gateways to verify retrieval through (at least one).
 * @throws {RetrievalGatewayMissingError} without a gateway; whatever a step throws, unchanged.
 * @example
 * await deployRelease([new URL('https://gw.example')], { pin, verifyRetrieval, updateEns, recordRelease, log })
 */
export async function deployRelease(
  gateways: readonly URL[],
  steps: DeployReleaseSteps,
): Promise<DeployReleaseResult> {
  if (gateways.length === 0) throw new RetrievalGatewayMissingError()
  const pinned = await steps.pin()
  const pinnedBy = pinned.outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.provider)
  steps.log(`1/4 pinned ${pinned.root} (${pinned.carBytes} bytes) with ${pinnedBy.join(', ')}`)
  for (const outcome of pinned.outcomes) {
    if (!outcome.ok) steps.log(`    ${outcome.provider} failed (others succeeded): ${outcome.error.message}`)
  }

  const verifiedThrough: string[] = []
  for (const gateway of gateways) {
    const { blocks, bytes } = await steps.verifyRetrieval(gateway)
    verifiedThrough.push(gateway.host)
    steps.log(
      `2/4 fetched back through ${gateway.host}: ${blocks} blocks, ${bytes} bytes, every hash verified`,
    )
  }

  let ens: DeployReleaseResult['ens'] = 'skipped'
  if (steps.updateEns) {
    const result = await steps.updateEns()
    ens =
      result.kind === 'sent'
        ? 'updated'
        : result.kind === 'safe'
          ? 'proposed'
          : result.kind === 'dry-run'
            ? 'planned'
            : 'up-to-date'
    steps.log(`3/4 ENS ${result.plan.name.name}: ${ens}`)
  } else steps.log('3/4 ENS: no name configured, skipped')

  let recorded: DeployReleaseResult['recorded'] = 'skipped'
  if (steps.recordRelease) {
    recorded = (await steps.recordRelease()).added ? 'added' : 'present'
    steps.log(`4/4 releases.json: ${recorded}`)
  } else steps.log('4/4 releases.json: not a release, skipped')

  return { root: pinned.root, pinnedBy, verifiedThrough, ens, recorded }
}
