#!/usr/bin/env node
/**
 * `npm run new -- <name>`: starts a project file for the registry, e.g. `npm run new -- "The Graph"`.
 *
 * Usage:  node scripts/new-project.ts [--registry <dir>=registry] <name…>
 * Reads:  whether registry/projects/<slug>.yaml exists. Opens no editor, browser or network.
 * Writes: registry/projects/<slug>.yaml, a template with every field (the slug comes from the name).
 * Env:    none.
 * Exit:   0 file written; 1 no name, a name without letters or digits, or the file exists;
 *         2 any other failure (the folder cannot be written).
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { createProjectFile, ProjectExistsError } from './registry/createProjectFile.ts'
import { ProjectNameInvalidError } from './registry/scaffoldProject.ts'

const usage = 'Usage: npm run new -- "<project name>"   (e.g. npm run new -- "The Graph")'

try {
  const { values, positionals } = parseArgs({
    options: { registry: { type: 'string', default: 'registry' } },
    allowPositionals: true,
  })
  // Words are joined so `npm run new -- The Graph` works without quotes.
  const name = positionals.join(' ').trim()
  if (name === '') throw new UsageError('Give the project name.')
  const file = await createProjectFile({
    registryDir: resolve(values.registry),
    name,
    rootDir: process.cwd(),
  })
  console.log(`Created ${file}`)
  console.log('next: fill it in, then npm run validate')
} catch (error) {
  reportCliFailure(error, usage, [ProjectExistsError, ProjectNameInvalidError])
}
