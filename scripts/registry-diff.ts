#!/usr/bin/env node
/**
 * `npm run registry:diff -- --base <ref>`: what a branch changes in the registry, as Markdown for the
 * pull request's job summary (projects added and removed, fields changed, categories and chains).
 *
 * Usage:  node scripts/registry-diff.ts --base <ref>   (e.g. --base origin/main)
 *         Run from the repository root (npm run does).
 * Reads:  registry/ at <ref> through git (`git ls-tree`, `git show`), and registry/ in the working
 *         tree; both pass the registry validator. A base without a registry counts as empty.
 * Writes: the Markdown on stdout (CI appends it to $GITHUB_STEP_SUMMARY). Nothing on disk.
 * Env:    none.
 * Exit:   0 diff written (also when nothing changed); 1 no --base, unknown ref, or a side with
 *         validation errors; 2 any other failure (not a git repository, unreadable files).
 */
import { parseArgs } from 'node:util'
import { createGit } from './git/createGit.ts'
import { GitRefNotFoundError } from './git/resolveRef.ts'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { collectRegistryDiff, RegistryDiffSideInvalidError } from './registry/collectRegistryDiff.ts'
import { renderRegistryDiff } from './registry/renderRegistryDiff.ts'

const usage = 'Usage: npm run registry:diff -- --base <ref>   (e.g. --base origin/main)'

try {
  const { values } = parseArgs({ options: { base: { type: 'string' } } })
  if (!values.base) throw new UsageError('Give the ref to compare with: --base <ref>.')
  const rootDir = process.cwd()
  const diff = await collectRegistryDiff({ git: createGit({ cwd: rootDir }), base: values.base, rootDir })
  process.stdout.write(renderRegistryDiff(diff, values.base))
} catch (error) {
  reportCliFailure(error, usage, [GitRefNotFoundError, RegistryDiffSideInvalidError])
}
