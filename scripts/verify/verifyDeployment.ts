import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { canonicalCid } from '../ens/parseCid.ts'
import { findRelease, type Release, type ReleaseHistory } from '../ens/releaseHistory.ts'
import type { FetchAndVerifyResult } from '../retrieve/fetchAndVerify.ts'

/** Thrown when the deployed CID is not the CID of any release in the history. */
export class DeploymentUnknownError extends BaseError {
  override name = 'DeploymentUnknownError'
  constructor({ cid, source }: { cid: string; source: string }) {
    super(`${source} points at ${cid}, which is not the CID of any release in releases.json.`, {
      metaMessages: [
        'Either the deployment was not made from a tagged release, or releases.json is out of date:',
        'pull the latest main, or pass --tag <tag> to rebuild a tag you expect it to be.',
      ],
    })
  }
}

/** Thrown when rebuilding the tag gives another CID than the one deployed. */
export class CidMismatchError extends BaseError {
  override name = 'CidMismatchError'
  constructor({ expected, actual, tag }: { expected: string; actual: string; tag: string }) {
    super(`The deployment is NOT what ${tag} builds: deployed ${expected}, rebuilt ${actual}.`, {
      metaMessages: [
        'Do not trust this deployment. Compare the two builds file by file:',
        `  npm run car -- --out deployed.car (from the deployment) and git checkout ${tag} && npm ci && npm run build.`,
      ],
    })
  }
}

/** Where the deployed CID comes from. */
export type DeploymentSource = { kind: 'ens'; name: string } | { kind: 'cid'; cid: CID }

export interface VerifyDeploymentDependencies {
  /** Reads the name's contenthash (at one block); must return an IPFS CID or throw. */
  readEnsCid(name: string): Promise<{ cid: CID; blockNumber: number }>
  /** Rebuilds a ref in a clean checkout and returns its root CID. */
  rebuild(ref: string): Promise<CID>
  /** Retrieves the CID from the gateway and verifies every block; absent when no gateway was given. */
  retrieve?: (cid: CID) => Promise<FetchAndVerifyResult>
  releases: ReleaseHistory
  log(line: string): void
}

export interface VerifyDeploymentResult {
  cid: string
  /** The release the CID belongs to (undefined when `tag` was forced and the history does not list it). */
  release?: Release
  tag: string
  rebuiltCid: string
  ens?: { name: string; blockNumber: number }
  retrieval?: FetchAndVerifyResult
}

/**
 * The community's check: resolve what is deployed, find the release that claims it, rebuild that tag
 * from source, and require the same CID; then fetch the CID through a gateway and verify every block.
 *
 * @param source An ENS name (its contenthash is read) or a CID.
 * @param options `tag` forces which tag to rebuild instead of looking the CID up in the history.
 * @throws {DeploymentUnknownError} when no release has the deployed CID (and no tag is forced).
 * @throws {CidMismatchError} when the rebuild gives another CID.
 * @throws What `readEnsCid`, `rebuild` and `retrieve` throw (ENS without an IPFS contenthash, a failed
 * build, a gateway serving a wrong or missing block).
 * @example
 * const verdict = await verifyDeployment({ kind: 'ens', name: 'atlas.eth' }, {}, deps)
 */
export async function verifyDeployment(
  source: DeploymentSource,
  options: { tag?: string },
  deps: VerifyDeploymentDependencies,
): Promise<VerifyDeploymentResult> {
  let cid: CID
  let ens: VerifyDeploymentResult['ens']
  if (source.kind === 'ens') {
    const read = await deps.readEnsCid(source.name)
    cid = read.cid
    ens = { name: source.name, blockNumber: read.blockNumber }
    deps.log(`${source.name} points at ${canonicalCid(cid)} (block ${read.blockNumber})`)
  } else cid = source.cid
  const deployed = canonicalCid(cid)

  const release = findRelease(deps.releases, cid)
  const tag = options.tag ?? release?.tag
  if (!tag) throw new DeploymentUnknownError({ cid: deployed, source: ens ? ens.name : 'The CID given' })
  deps.log(
    release ? `that is release ${release.version} (tag ${tag})` : `rebuilding the tag you chose: ${tag}`,
  )

  const rebuiltCid = canonicalCid(await deps.rebuild(tag))
  if (rebuiltCid !== deployed) throw new CidMismatchError({ expected: deployed, actual: rebuiltCid, tag })
  deps.log(`rebuilt ${tag} from a clean checkout: ${rebuiltCid} ✓ same CID`)

  const retrieval = deps.retrieve ? await deps.retrieve(cid) : undefined
  if (retrieval)
    deps.log(`fetched from the gateway: ${retrieval.blocks} blocks, ${retrieval.bytes} bytes, every hash ✓`)
  return {
    cid: deployed,
    tag,
    rebuiltCid,
    ...(release ? { release } : {}),
    ...(ens ? { ens } : {}),
    ...(retrieval ? { retrieval } : {}),
  }
}
