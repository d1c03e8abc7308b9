#!/usr/bin/env node
/**
 * `npm run release:plan`: says what the release workflow does next: `version-pr`, `release` or `none`.
 *
 * Reads: .changeset/*.md (pending changesets), package.json's version, git tags.
 * Writes: `action=…`, `version=…`, `tag=…` lines to $GITHUB_OUTPUT when set (a step's outputs), and a
 * sentence on stdout. Exit codes: 0 always when the repository could be read, 2 otherwise.
 */
import { execFileSync } from 'node:child_process'
import { appendFile, readdir, readFile } from 'node:fs/promises'
import { planRelease } from './release/planRelease.ts'

try {
  const pendingChangesets = (await readdir('.changeset')).filter(
    (name) => name.endsWith('.md') && name !== 'README.md',
  ).length
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
  const tags = execFileSync('git', ['tag', '--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  const plan = planRelease({ pendingChangesets, version, tags })
  const outputs = Object.entries(plan).map(([key, value]) => `${key}=${value}`)
  if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `${outputs.join('\n')}\n`)
  console.log(
    plan.action === 'version-pr'
      ? `${plan.pending} pending changeset(s): the "Version packages" PR collects them.`
      : plan.action === 'release'
        ? `${plan.version} is not tagged yet: release ${plan.tag}.`
        : `${plan.tag} is already released and nothing is pending.`,
  )
} catch (error) {
  console.error(`Could not plan the release: ${(error as Error).message}`)
  process.exitCode = 2
}
