import type { LintDiagnostic } from './LintDiagnostic.ts'

/** Patterns the build context must exclude, and why. */
export const REQUIRED_DOCKERIGNORE: ReadonlyArray<{ pattern: string; why: string }> = [
  { pattern: '.env', why: 'local secrets' },
  { pattern: '.env.*', why: 'local secrets' },
  { pattern: 'node_modules', why: 'host binaries; the image installs its own' },
  { pattern: 'dist', why: 'the image builds its own' },
  { pattern: '.git', why: 'history and credentials in .git/config' },
]

/**
 * Checks that `.dockerignore` keeps secrets and host build output out of the build context.
 *
 * @param text The `.dockerignore` content.
 * @param file The path to print in diagnostics.
 * @returns One diagnostic per missing pattern.
 * @example
 * lintDockerignore('node_modules\n', '.dockerignore') // reports .env, .env.*, dist and .git
 */
export function lintDockerignore(text: string, file: string): LintDiagnostic[] {
  const patterns = new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/^\/+|\/+$/g, ''))
      .filter((line) => line && !line.startsWith('#')),
  )
  return REQUIRED_DOCKERIGNORE.filter(({ pattern }) => !patterns.has(pattern)).map(({ pattern, why }) => ({
    file,
    line: 1,
    column: 1,
    rule: 'dockerignore',
    message: `Add \`${pattern}\` (${why}): without it, it is sent to the builder and can end up in a layer.`,
  }))
}
