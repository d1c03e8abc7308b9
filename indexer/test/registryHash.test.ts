import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadRegistry } from '../registry/loadRegistry.ts'
import { registryHash } from '../snapshot/registryHash.ts'
import { writeTestRegistry } from './writeTestRegistry.ts'

const TOKEN = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const EOA = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-hash-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function hashOf(edit?: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(work, 'registry-'))
  await writeTestRegistry(dir, { token: TOKEN, eoa: EOA })
  const project = join(dir, 'projects', 'test-token.yaml')
  if (edit) await writeFile(project, edit(await readFile(project, 'utf8')))
  return registryHash(await loadRegistry(dir))
}

describe('registryHash', () => {
  it('is a sha256 in lowercase hex, the same on every run', async () => {
    const hash = await hashOf()
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await hashOf()).toBe(hash)
  })

  it('ignores comments, layout, key order and defaults spelled out', async () => {
    const hash = await hashOf()
    const reformatted = await hashOf(
      (text) =>
        `# a comment\nwebsite:   "https://example.org"\nstatus: active\nrelations: []\n${text.replace(
          'website: https://example.org\n',
          '',
        )}`,
    )
    expect(reformatted).toBe(hash)
  })

  it('changes when a fact changes', async () => {
    const hash = await hashOf()
    expect(await hashOf((text) => text.replace('label: Test token', 'label: Test token v2'))).not.toBe(hash)
    expect(await hashOf((text) => `status: sunset\n${text}`)).not.toBe(hash)
  })
})
