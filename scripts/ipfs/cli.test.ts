// Tests for the thin CLIs scripts/cid.ts, scripts/car.ts and scripts/serve.ts, run as real processes.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CarReader } from '@ipld/car/reader'
import { MemoryBlockstore } from 'blockstore-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from '../serve/test/request.ts'
import { importDirectory } from './importDirectory.ts'
import { tempTree } from './test/tempTree.ts'

const scripts = fileURLToPath(new URL('..', import.meta.url))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function start(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [join(scripts, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

const run = (script: string, args: string[], env?: Record<string, string>) => finish(start(script, args, env))

let site: Awaited<ReturnType<typeof tempTree>>

beforeAll(async () => {
  site = await tempTree({
    'dist/index.html': '<h1>hi</h1>',
    'dist/.well-known/x.txt': 'x',
    'dist/empty': null,
  })
})
afterAll(() => site.remove())

describe('scripts/cid.ts', () => {
  it('prints only the root CID, for either profile', async () => {
    const dist = join(site.path, 'dist')
    const v1 = await run('cid.ts', [dist])
    expect(v1).toMatchObject({ code: 0, stderr: '' })
    expect(v1.stdout).toBe(`${await importDirectory(dist, { blockstore: new MemoryBlockstore() })}\n`)
    const v0 = await run('cid.ts', ['--profile', 'unixfs-v0-2015', dist])
    expect(v0.code).toBe(0)
    expect(v0.stdout).toMatch(/^Qm\w{44}\n$/)
  })

  it('exits 1 with a hint for bad input', async () => {
    const badProfile = await run('cid.ts', ['--profile', 'v9', site.path])
    expect(badProfile.code).toBe(1)
    expect(badProfile.stderr).toContain('unixfs-v1-2025, unixfs-v0-2015')
    expect((await run('cid.ts', [join(site.path, 'missing')])).code).toBe(1)
    expect((await run('cid.ts', ['--nope'])).code).toBe(1)
    expect((await run('cid.ts', ['a', 'b'])).code).toBe(1)
  })

  it('exits 1 naming a symlink in the tree', async () => {
    const linked = await tempTree({ 'a.txt': 'a' })
    try {
      await symlink(join(linked.path, 'a.txt'), join(linked.path, 'b.txt'))
      const result = await run('cid.ts', [linked.path])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(join(linked.path, 'b.txt'))
    } finally {
      await linked.remove()
    }
  })
})

describe('scripts/car.ts', () => {
  it('writes the CAR next to the folder by default and prints the CID and the path', async () => {
    const dist = join(site.path, 'dist')
    const result = await run('car.ts', [dist])
    expect(result.code).toBe(0)
    const [cid, out] = result.stdout.trim().split('\n')
    expect(out).toBe(`${dist}.car`)
    const reader = await CarReader.fromBytes(await readFile(`${dist}.car`))
    expect((await reader.getRoots()).map(String)).toEqual([cid])
  })

  it('honours --out and --profile', async () => {
    const out = join(site.path, 'v0.car')
    const result = await run('car.ts', ['--profile', 'unixfs-v0-2015', join(site.path, 'dist'), '--out', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Qm\w{44}\n/)
    const reader = await CarReader.fromBytes(await readFile(out))
    expect(String((await reader.getRoots())[0])).toBe(result.stdout.split('\n')[0])
  })

  it('exits 2 when the CAR cannot be written', async () => {
    const result = await run('car.ts', [
      join(site.path, 'dist'),
      '--out',
      join(site.path, 'no/such/dir/x.car'),
    ])
    expect(result.code).toBe(2)
  })
})

describe('scripts/serve.ts', () => {
  it('prints the URL, serves the folder, and exits 0 on SIGTERM', async () => {
    const child = start('serve.ts', [join(site.path, 'dist')], { HOST: '127.0.0.1', PORT: '0' })
    const done = finish(child)
    const url = await new Promise<string>((resolve) =>
      child.stdout?.once('data', (chunk) => resolve(String(chunk).trim())),
    )
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await request(url, '/')).text).toBe('<h1>hi</h1>')
    child.kill('SIGTERM')
    expect((await done).code).toBe(0)
  })

  it('exits 1 for a bad PORT or a missing folder', async () => {
    expect((await run('serve.ts', [join(site.path, 'dist')], { PORT: 'http' })).code).toBe(1)
    expect((await run('serve.ts', [join(site.path, 'missing')], { HOST: '127.0.0.1', PORT: '0' })).code).toBe(
      1,
    )
  })
})
