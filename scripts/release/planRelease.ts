/** What the release workflow does on a push to main. */
export type ReleasePlan =
  /** Changesets are pending: open or refresh the "Version packages" PR. */
  | { action: 'version-pr'; pending: number }
  /** The version in package.json has no tag yet: tag it, build, reproduce and deploy it. */
  | { action: 'release'; version: string; tag: string }
  /** Nothing pending and this version is already tagged (a re-run, or a change without a changeset). */
  | { action: 'none'; version: string; tag: string }

/**
 * Decides the release workflow's next step from the repository's state (changesets' flow: changesets
 * pile up on main → a version PR consumes them → merging it makes an untagged version → release it).
 * @param state Pending changeset files, package.json's version, and the existing tags.
 * @example
 * planRelease({ pendingChangesets: 0, version: '0.2.0', tags: ['v0.1.0'] }) // { action: 'release', … }
 */
export function planRelease(state: {
  pendingChangesets: number
  version: string
  tags: readonly string[]
}): ReleasePlan {
  const tag = `v${state.version}`
  if (state.pendingChangesets > 0) return { action: 'version-pr', pending: state.pendingChangesets }
  if (!state.tags.includes(tag)) return { action: 'release', version: state.version, tag }
  return { action: 'none', version: state.version, tag }
}
