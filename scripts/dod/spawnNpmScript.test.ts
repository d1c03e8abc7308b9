import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnNpmScript } from './spawnNpmScript.ts'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-dod-'))
  const scripts = {
    ok: 'node -e "process.exit(0)"',
    args: 'node check-args.mjs',
    fails: 'node -e "process.exit(3)"',
  }
  await writeFile(join(dir, 'check-args.mjs'), "process.exit(process.argv.includes('--check') ? 0 : 4)\n")
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'dod-fixture', private: true, scripts }))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe(spawnNpmScript.name, () => {
  it('resolves with the script exit code and passes arguments after --', async () => {
    expect(await spawnNpmScript({ name: 'ok', script: 'ok' }, { cwd: dir })).toBe(0)
    expect(await spawnNpmScript({ name: 'fails', script: 'fails' }, { cwd: dir })).toBe(3)
    expect(await spawnNpmScript({ name: 'args', script: 'args', args: ['--check'] }, { cwd: dir })).toBe(0)
    expect(await spawnNpmScript({ name: 'args', script: 'args' }, { cwd: dir })).toBe(4)
  })
})
