import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import {
  type Release,
  ReleaseHistoryInvalidError,
  ReleaseHistorySchema,
} from '../../scripts/ens/releaseHistory.ts'

// The release page reads the same `releases.json` the release job writes and `npm run verify` reads, through
// the same schema (scripts/ens/releaseHistory.ts), so the page can never list a release the tools reject.

/** Where to open one release. Links only: the page itself never requests them. */
export interface ReleaseLinks {
  /** A path gateway, `https://ipfs.io/ipfs/<cid>/`. */
  path: string
  /**
   * A subdomain gateway, `https://<cid>.ipfs.dweb.link/`, which gives the release its own origin. Only for
   * CIDv1 in base32: a DNS label is case-insensitive and at most 63 characters, so other forms cannot be one.
   */
  subdomain?: string
  /** The visitor's own IPFS node (Kubo, IPFS Desktop) on its default gateway port. */
  local: string
}

/** A release as the page lists it. */
export interface ReleaseView extends Release {
  links: ReleaseLinks
}

/**
 * The gateway links of a CID.
 *
 * @param cid A CID as text (`bafy…`, `Qm…`).
 * @returns A path-gateway link, a subdomain-gateway link when the CID can be a DNS label, and a local-node link.
 * @throws {Error} when the text is not a CID (multiformats' `CID.parse` message).
 * @example
 * gatewayLinks('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4').subdomain
 * // 'https://bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4.ipfs.dweb.link/'
 */
export function gatewayLinks(cid: string): ReleaseLinks {
  const parsed = CID.parse(cid)
  // CIDv1 prints in base32 by default, so a text equal to its own printout is base32.
  const dnsSafe = parsed.version === 1 && parsed.toString() === cid && cid.length <= 63
  return {
    path: `https://ipfs.io/ipfs/${cid}/`,
    ...(dnsSafe ? { subdomain: `https://${cid}.ipfs.dweb.link/` } : {}),
    local: `http://localhost:8080/ipfs/${cid}/`,
  }
}

/**
 * Checks the parsed content of `releases.json` and adds each release's gateway links, keeping the file's
 * order (newest first, which the schema enforces).
 *
 * @param json The parsed file.
 * @param file The file's name, for messages.
 * @returns One view per release, newest first.
 * @throws {ReleaseHistoryInvalidError} listing every problem as `file  entry [i] (version)  field  what → fix`.
 * @example
 * parseReleaseViews([{ version: '0.1.0', tag: 'v0.1.0', cid: 'bafy…' }], 'releases.json')[0].links.path
 */
export function parseReleaseViews(json: unknown, file: string): ReleaseView[] {
  const result = ReleaseHistorySchema.safeParse(json)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path
      if (typeof index !== 'number') return `${file}  (file)  ${issue.message}`
      const entry = Array.isArray(json) ? (json[index] as { version?: unknown } | undefined) : undefined
      const version = typeof entry?.version === 'string' ? ` (version ${entry.version})` : ''
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.join(', ') : '(entry)'
      return `${file}  entry [${index}]${version}  ${field.length ? field.join('.') : keys}  ${issue.message}`
    })
    throw new ReleaseHistoryInvalidError({ path: file, problems })
  }
  return result.data.map((release) => ({ ...release, links: gatewayLinks(release.cid) }))
}

/**
 * Reads `releases.json` from the build's root folder. A missing file is an empty history (a registry
 * checked out without it, or a test site); anything unreadable or invalid stops the build.
 *
 * @param deps.rootDir The folder holding `releases.json`, usually the repository root.
 * @returns The releases, newest first, with their links.
 * @throws {ReleaseHistoryInvalidError} when the file is not JSON or not a valid release history.
 * @example
 * const releases = await loadReleaseViews({ rootDir: process.cwd() })
 */
export async function loadReleaseViews(deps: { rootDir: string }): Promise<ReleaseView[]> {
  const file = 'releases.json'
  let text: string
  try {
    text = await readFile(join(deps.rootDir, file), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new ReleaseHistoryInvalidError({
      path: file,
      problems: [`${file}  (file)  cannot be read (${error})`],
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ReleaseHistoryInvalidError({
      path: file,
      problems: [`${file}  (file)  not JSON: ${(error as Error).message}`],
    })
  }
  return parseReleaseViews(json, file)
}
