import { BaseError } from '../../indexer/errors/BaseError.ts'
import { parseReleaseHistory, type Release, type ReleaseHistory } from '../ens/releaseHistory.ts'

/** Thrown when a version is already recorded with another CID: a release is immutable. */
export class ReleaseConflictError extends BaseError {
  override name = 'ReleaseConflictError'
  constructor({ version, recorded, cid }: { version: string; recorded: string; cid: string }) {
    super(`Release ${version} is already recorded with CID ${recorded}, not ${cid}.`, {
      metaMessages: [
        'A version names one build forever. Either the build is not reproducible (run `npm run verify -- --cid …`)',
        'or this is a new version: add a changeset and release again.',
      ],
    })
  }
}

/**
 * Adds a release at the top of the history, or finds it already there (re-running a deploy is safe).
 * @returns The new history and whether anything changed.
 * @throws {ReleaseConflictError} when the version is recorded with another CID.
 * @throws {ReleaseHistoryInvalidError} when the result would not be a valid history (e.g. an older version).
 * @example
 * const { history, added } = addRelease(current, { version: '0.2.0', tag: 'v0.2.0', cid: 'bafy…' })
 */
export function addRelease(history: ReleaseHistory, release: Release, path = 'releases.json') {
  const recorded = history.find((entry) => entry.version === release.version)
  if (recorded) {
    if (recorded.cid !== release.cid)
      throw new ReleaseConflictError({ version: release.version, recorded: recorded.cid, cid: release.cid })
    return { history, added: false }
  }
  return { history: parseReleaseHistory([release, ...history], path), added: true }
}
