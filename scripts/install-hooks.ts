#!/usr/bin/env node
/**
 * Installs the project's git hooks: `git config core.hooksPath .githooks` (run by npm's `prepare`
 * on `npm install` / `npm ci`). Does nothing, successfully, outside a git work tree (Docker build,
 * tarball) or without git; in CI it installs too, which is harmless.
 *
 * Usage:  node scripts/install-hooks.ts
 * Reads:  the git repository the project is the top of.
 * Writes: `core.hooksPath` in that repository's `.git/config`; the executable bit of `.githooks/*`
 *         when missing. One line on stdout saying what it did.
 * Env:    none.
 * Exit:   0 installed, already installed or skipped; 2 git failed unexpectedly.
 */
import { fileURLToPath } from 'node:url'
import { createGit } from './git/createGit.ts'
import { hooksPath, installHooks } from './git/installHooks.ts'
import { reportCliFailure } from './ipfs/cliExitCode.ts'

const usage = 'Usage: node scripts/install-hooks.ts'

try {
  const projectRoot = fileURLToPath(new URL('..', import.meta.url))
  const result = await installHooks({ git: createGit({ cwd: projectRoot }), projectRoot })
  const chmodded =
    result.status === 'skipped' || result.madeExecutable.length === 0
      ? ''
      : ` (made executable: ${result.madeExecutable.join(', ')})`
  if (result.status === 'skipped') console.log(`install-hooks: skipped, ${result.reason}.`)
  else if (result.status === 'unchanged')
    console.log(`install-hooks: git hooks already in ${hooksPath}${chmodded}.`)
  else {
    const replaced = result.previous ? ` (was ${result.previous})` : ''
    console.log(`install-hooks: git now runs the hooks in ${hooksPath}${replaced}${chmodded}.`)
  }
} catch (error) {
  reportCliFailure(error, usage)
}
