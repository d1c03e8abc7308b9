import { readFile } from 'node:fs/promises'
import type { CID } from 'multiformats/cid'
import { z } from 'zod'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { fieldPath } from '../../indexer/registry/fieldPath.ts'
import { canonicalCid, parseCid } from './parseCid.ts'

// `releases.json` at the repository root: every published release, newest first. The release job
// prepends an entry after the site is pinned and fetched back; `npm run ens -- --rollback` and
// `npm run verify` read it. Kept as a plain array so its diffs read as one release per hunk.

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/

/** The root CID of a release, in the one form the file accepts: CIDv1 base32, as `npm run cid` prints. */
export const ReleaseCidSchema = z.string().superRefine((value, ctx) => {
  let cid: CID
  try {
    cid = parseCid(value)
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a CID → use the root CID `npm run cid` printed (bafy…)' })
    return
  }
  const canonical = canonicalCid(cid)
  if (canonical !== value) {
    ctx.addIssue({ code: 'custom', message: `not CIDv1 base32 → write it as "${canonical}"` })
  }
})

/** One published release. */
export const ReleaseSchema = z.strictObject({
  /** Semantic version without a leading "v", as package.json has it: `"1.4.0"`. */
  version: z.string().regex(SEMVER, 'not a semantic version → write it as package.json does, e.g. "1.4.0"'),
  /** The git tag the release was built from, e.g. `"v1.4.0"`: `npm run verify` rebuilds it. */
  tag: z.string().regex(/^[^\s~^:?*[\\]+$/, 'not a git tag name → e.g. "v1.4.0"'),
  /** The root CID of the built site (CIDv1 base32, IPIP-499 `unixfs-v1-2025`). */
  cid: ReleaseCidSchema,
  /** Optional release day, `YYYY-MM-DD`, from the tagged commit's date (never the wall clock). */
  date: z.iso.date("not a date → write it as YYYY-MM-DD, the tagged commit's date").optional(),
})
export type Release = z.output<typeof ReleaseSchema>

/** The whole file: releases newest first, versions and tags unique, versions strictly decreasing. */
export const ReleaseHistorySchema = z.array(ReleaseSchema).superRefine((releases, ctx) => {
  const seen = { version: new Map<string, number>(), tag: new Map<string, number>() }
  releases.forEach((release, index) => {
    for (const key of ['version', 'tag'] as const) {
      const first = seen[key].get(release[key])
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: `same ${key} as [${first}] → remove one`,
        })
      } else seen[key].set(release[key], index)
    }
    const newer = releases[index - 1]
    if (newer && compareSemver(newer.version, release.version) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'version'],
        message: `newer than [${index - 1}] (${newer.version}) → keep releases newest first`,
      })
    }
  })
})
export type ReleaseHistory = z.output<typeof ReleaseHistorySchema>

/** Thrown when `releases.json` cannot be read or does not match {@link ReleaseHistorySchema}. */
export class ReleaseHistoryInvalidError extends BaseError {
  override name = 'ReleaseHistoryInvalidError'
  readonly problems: readonly string[]
  constructor({ path, problems }: { path: string; problems: readonly string[] }) {
    super(`${path} is not a valid release history.`, {
      details: problems.join('\n'),
      metaMessages: ['It is an array of { version, tag, cid, date? }, newest first (see docs/ens.md).'],
    })
    this.problems = problems
  }
}

/** Thrown when a rollback is asked for but there is no release before the newest one. */
export class ReleaseHistoryTooShortError extends BaseError {
  override name = 'ReleaseHistoryTooShortError'
  constructor({ path, count }: { path: string; count: number }) {
    super(
      `${path} lists ${count} release${count === 1 ? '' : 's'}: there is no previous release to roll back to.`,
      {
        metaMessages: ['Point the name at a known CID instead: `npm run ens -- --name <name> --cid <cid>`.'],
      },
    )
  }
}

/**
 * Checks parsed JSON against {@link ReleaseHistorySchema}, collecting every problem.
 *
 * @param json The parsed file content.
 * @param path The file's path, for messages.
 * @returns The releases, newest first.
 * @throws {ReleaseHistoryInvalidError} listing each problem as `path  [index].field  message → fix`.
 * @example
 * parseReleaseHistory([{ version: '0.1.0', tag: 'v0.1.0', cid: 'bafy…' }], 'releases.json')
 */
export function parseReleaseHistory(json: unknown, path: string): ReleaseHistory {
  const result = ReleaseHistorySchema.safeParse(json)
  if (result.success) return result.data
  const problems = result.error.issues.map(
    (issue) => `${path}  ${fieldPath(issue.path) || '(file)'}  ${issue.message}`,
  )
  throw new ReleaseHistoryInvalidError({ path, problems })
}

/**
 * Reads and checks a release history file.
 *
 * @param path Where the file is, usually `releases.json` at the repository root.
 * @returns The releases, newest first.
 * @throws {ReleaseHistoryInvalidError} when the file is missing, not JSON or not a valid history.
 * @example
 * const [newest, previous] = await readReleaseHistory('releases.json')
 */
export async function readReleaseHistory(path: string): Promise<ReleaseHistory> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ReleaseHistoryInvalidError({
      path,
      problems: [`${path}  (file)  cannot be read (${code ?? error})`],
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ReleaseHistoryInvalidError({
      path,
      problems: [`${path}  (file)  not JSON: ${(error as Error).message}`],
    })
  }
  return parseReleaseHistory(json, path)
}

/**
 * The release a rollback points the name back to: the one before the newest. Always the same entry
 * for the same file, so a retried rollback finds the name already there and does nothing.
 *
 * @param history Releases, newest first.
 * @param path The file's path, for the message.
 * @returns The second entry.
 * @throws {ReleaseHistoryTooShortError} when the history has fewer than two releases.
 * @example
 * rollbackTarget(await readReleaseHistory('releases.json'), 'releases.json').cid
 */
export function rollbackTarget(history: ReleaseHistory, path: string): Release {
  const previous = history[1]
  if (!previous) throw new ReleaseHistoryTooShortError({ path, count: history.length })
  return previous
}

/**
 * Finds the release a CID belongs to, comparing canonical forms (a CIDv0 finds its v1 entry).
 *
 * @param history Releases, newest first.
 * @param cid The CID to look for.
 * @returns The newest release with that CID, or undefined.
 * @example
 * findRelease(history, plan.current.cid)?.version
 */
export function findRelease(history: ReleaseHistory, cid: CID): Release | undefined {
  const wanted = canonicalCid(cid)
  return history.find((release) => release.cid === wanted)
}

/**
 * Compares two versions by Semantic Versioning 2.0.0 precedence (semver.org section 11); build
 * metadata is ignored. Written out here rather than adding a dependency for one comparison.
 *
 * @param a A semantic version.
 * @param b Another.
 * @returns -1 when `a` is older, 1 when newer, 0 when of equal precedence.
 * @example
 * compareSemver('1.0.0-rc.1', '1.0.0') // -1
 */
export function compareSemver(a: string, b: string): number {
  const split = (version: string) => {
    const [core = '', pre] = version.split('+')[0]?.split(/-(.*)/s) ?? []
    return { core: core.split('.').map(Number), pre: pre ? pre.split('.') : [] }
  }
  const left = split(a)
  const right = split(b)
  for (let i = 0; i < 3; i++) {
    const diff = (left.core[i] ?? 0) - (right.core[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  // A version without a pre-release outranks any pre-release of it.
  if (left.pre.length === 0 || right.pre.length === 0) return Math.sign(right.pre.length - left.pre.length)
  for (let i = 0; i < Math.max(left.pre.length, right.pre.length); i++) {
    const x = left.pre[i]
    const y = right.pre[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const numeric = /^\d+$/
    if (numeric.test(x) && numeric.test(y)) return Math.sign(Number(x) - Number(y))
    if (numeric.test(x)) return -1
    if (numeric.test(y)) return 1
    return x < y ? -1 : 1
  }
  return 0
}
