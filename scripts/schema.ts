#!/usr/bin/env node
/**
 * `npm run schema [-- --check]`: writes registry/schema/*.schema.json from the zod schemas.
 *
 * Writes: registry/schema/. With --check, writes nothing and exits 1 when the committed files differ
 * (CI uses this to catch drift). Exit codes: 0 up to date or written, 1 drift found.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { jsonSchemas } from '../indexer/model/jsonSchemas.ts'

const check = process.argv.includes('--check')
const dir = join('registry', 'schema')
await mkdir(dir, { recursive: true })
const stale: string[] = []
for (const [name, content] of Object.entries(jsonSchemas())) {
  const path = join(dir, name)
  const current = await readFile(path, 'utf8').catch(() => undefined)
  if (current === content) continue
  if (check) stale.push(path)
  else await writeFile(path, content)
}
if (stale.length > 0) {
  console.error(`JSON Schema out of date: ${stale.join(', ')}. Run \`npm run schema\` and commit the result.`)
  process.exitCode = 1
} else console.log(check ? 'JSON Schemas are up to date.' : `JSON Schemas written to ${dir}/.`)
