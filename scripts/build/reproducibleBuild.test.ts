import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { MemoryBlockstore } from 'blockstore-core'
import { afterAll, describe, expect, it } from 'vitest'
import { importDirectory } from '../ipfs/importDirectory.ts'

// DESIGN.md invariant 1: the same commit gives a byte-identical dist/ and the same CID, whatever the
// folder, time zone or locale. Each build runs in its own copy of the repository's files.
const repo = process.cwd()
const workDirs: string[] = []

async function buildInCopy(name: string, env: Record<string, string>): Promise<string> {
  const copy = join(await mkdtemp(join(tmpdir(), `atlas-${name}-`)), 'checkout')
  workDirs.push(dirname(copy))
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repo,
  })
    .toString()
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    await mkdir(dirname(join(copy, file)), { recursive: true })
    await cp(join(repo, file), join(copy, file)).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error // deleted but not yet committed
    })
  }
  await symlink(join(repo, 'node_modules'), join(copy, 'node_modules'))
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: copy,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  })
  return join(copy, 'dist')
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}

afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('the site build', () => {
  it('is byte-identical across folders, time zones and locales, and so has one CID', {
    timeout: 240_000,
  }, async () => {
    const first = await buildInCopy('a', { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' })
    const second = await buildInCopy('second-copy', {
      TZ: 'Pacific/Kiritimati',
      LANG: 'fr_FR.UTF-8',
      LC_ALL: 'fr_FR.UTF-8',
    })

    const files = await listFiles(first)
    expect(files).toContain('index.html')
    expect(await listFiles(second)).toEqual(files)
    const differing: string[] = []
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))])
      if (!a.equals(b)) differing.push(file)
    }
    expect(differing).toEqual([])

    const [cidA, cidB] = await Promise.all([
      importDirectory(first, { blockstore: new MemoryBlockstore() }),
      importDirectory(second, { blockstore: new MemoryBlockstore() }),
    ])
    expect(cidA.toString()).toBe(cidB.toString())
    expect(cidA.toString()).toMatch(/^bafy/)
  })
})
