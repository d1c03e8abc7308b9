import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeTestRegistry } from '../../indexer/test/writeTestRegistry.ts'
import { request } from '../serve/test/request.ts'
import { bareImports } from './bareImports.ts'
import { dockerignoreMatcher } from './dockerignoreMatcher.ts'
import { type ImageLayout, imageLayout } from './imageLayout.ts'
import { materializeImage } from './materializeImage.ts'

// No Docker engine here: each test lays out the image's files the way the Dockerfile's COPY steps
// would (honouring .dockerignore), then runs the image's own ENTRYPOINT + CMD, parsed from the
// Dockerfile, in that tree. A COPY the command needs but the Dockerfile lacks fails here.
// Stand-ins: `npm ci --omit=dev` becomes a link to this checkout's node_modules (the test below checks
// that the images import no devDependency), and Node is the one running this test (24, like the image's).

const repo = fileURLToPath(new URL('../../', import.meta.url))
let dockerfile: string
let isIgnored: (path: string) => boolean
let dependencies: Set<string>
let scripts: Record<string, string>
let scratch: string
const children = new Set<ChildProcess>()

beforeAll(async () => {
  dockerfile = await readFile(join(repo, 'Dockerfile'), 'utf8')
  isIgnored = dockerignoreMatcher(await readFile(join(repo, '.dockerignore'), 'utf8'))
  const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'))
  dependencies = new Set(Object.keys(manifest.dependencies ?? {}))
  scripts = manifest.scripts ?? {}
  scratch = await mkdtemp(join(tmpdir(), 'atlas-image-'))
})
afterAll(async () => {
  // A server that ignored SIGTERM must not outlive the test run.
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await rm(scratch, { recursive: true, force: true })
})

async function buildImage(target: string, stageOutputs: Record<string, string> = {}) {
  const layout = imageLayout(dockerfile, target)
  const root = join(scratch, target)
  await mkdir(root)
  const workdir = await materializeImage(
    {
      contextDir: repo.replace(/\/$/, ''),
      isIgnored,
      stageOutputs,
      run: async (command, rootDir) => {
        if (/\bnpm ci\b/.test(command)) {
          await symlink(join(repo, 'node_modules'), join(rootDir, layout.workdir, 'node_modules'), 'dir')
        }
      },
    },
    layout,
    root,
  )
  return { layout, workdir }
}

function run(argv: readonly string[], options: { cwd: string; env: Record<string, string> }): ChildProcess {
  const [command = '', ...args] = argv
  const home = join(scratch, 'home')
  const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`
  const child = spawn(command, args, { cwd: options.cwd, env: { HOME: home, PATH: path, ...options.env } })
  children.add(child)
  return child
}

async function finish(child: ChildProcess) {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => (stdout += chunk))
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
  return { code, signal, stdout, stderr }
}

async function treeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter(
      (entry) =>
        entry.isFile() && !entry.parentPath.includes('node_modules') && /\.[cm]?[jt]s$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('site image', () => {
  let layout: ImageLayout
  let workdir: string

  beforeAll(async () => {
    const dist = join(scratch, 'dist-fixture')
    await mkdir(dist)
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Atlas</title><h1>map</h1>')
    await writeFile(join(dist, '404.html'), 'not here')
    ;({ layout, workdir } = await buildImage('site', { 'site-build:/app/dist': dist }))
  })

  it('serves dist/ on / with its content type, passes its own HEALTHCHECK and stops on SIGTERM', async () => {
    // The command `npm run serve` runs, started by node itself so SIGTERM reaches the server.
    expect(layout.argv).toEqual(scripts.serve?.split(' '))
    expect(layout.user).toBe('node')
    // Inside the container the server listens on every interface; here it stays on loopback.
    expect(layout.env).toMatchObject({ HOST: '0.0.0.0', PORT: '4321' })
    const server = run(layout.argv, { cwd: workdir, env: { ...layout.env, HOST: '127.0.0.1', PORT: '0' } })
    const done = finish(server)
    let url: URL | undefined
    try {
      const [chunk] = (await once(server.stdout ?? server, 'data')) as [Buffer]
      url = new URL(chunk.toString().trim())
      const home = await request(url.origin, '/')
      expect(home.status).toBe(200)
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(home.text).toContain('<h1>map</h1>')

      const healthy = await finish(run(layout.healthcheck ?? [], { cwd: workdir, env: { PORT: url.port } }))
      expect(healthy.code).toBe(0)
    } finally {
      server.kill('SIGTERM')
    }
    // `docker stop` sends SIGTERM: the server closes and exits 0 instead of being killed after the grace period.
    expect((await done).code).toBe(0)
    await expect(request(url?.origin ?? '', '/')).rejects.toThrow(/ECONNREFUSED/)
  })

  it('fails its HEALTHCHECK when nothing answers', async () => {
    const closedPort = '9' // discard: nothing listens there on a test machine
    const unhealthy = await finish(run(layout.healthcheck ?? [], { cwd: workdir, env: { PORT: closedPort } }))
    expect(unhealthy.code).toBe(1)
  })

  it('holds no node_modules and its files import no npm package', async () => {
    await expect(readdir(join(workdir, 'node_modules'))).rejects.toThrow(/ENOENT/)
    const files = await treeFiles(workdir)
    expect(files).toContain(join(workdir, 'scripts', 'serve.ts'))
    for (const file of files) expect(bareImports(await readFile(file, 'utf8')), file).toEqual([])
  })
})

describe('indexer image', () => {
  let layout: ImageLayout
  let workdir: string

  beforeAll(async () => {
    ;({ layout, workdir } = await buildImage('indexer'))
  })

  it('runs the indexer without RPC URLs, keeps the snapshot and exits 0', async () => {
    expect(layout.argv).toEqual(scripts.index?.split(' '))
    expect(layout.user).toBe('node')
    const registry = join(scratch, 'registry-fixture')
    await writeTestRegistry(registry, {
      token: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
      eoa: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    })
    const snapshotDir = join(scratch, 'snapshot-out')
    await mkdir(snapshotDir)
    const snapshot = join(snapshotDir, 'anvil.json')
    await writeFile(snapshot, '{"kept": true}\n')

    const result = await finish(
      run([...layout.argv, '--registry', registry, '--snapshot', snapshotDir], {
        cwd: workdir,
        env: layout.env,
      }),
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      `no RPC URL for anvil (set RPC_URL_ANVIL or --rpc 31337=<url>): keeping ${snapshot}`,
    )
    expect(await readFile(snapshot, 'utf8')).toBe('{"kept": true}\n')
  })

  it('imports only production dependencies, which `npm ci --omit=dev` installs', async () => {
    expect(layout.steps).toContainEqual({
      kind: 'run',
      command: expect.stringMatching(/^npm ci --omit=dev\b/),
    })
    const files = await treeFiles(workdir)
    expect(files).toContain(join(workdir, 'indexer', 'cli.ts'))
    for (const file of files) {
      const missing = bareImports(await readFile(file, 'utf8')).filter((name) => !dependencies.has(name))
      expect(missing, file).toEqual([])
    }
  })
})

describe('release image', () => {
  it('builds the CAR into the image and deploys it with what `npm run release:deploy` runs', () => {
    const layout = imageLayout(dockerfile, 'release')
    expect(layout.steps).toContainEqual({ kind: 'run', command: 'npm run car' })
    // scripts/car.ts writes dist.car by default; the person deploying adds --cid <the CID the build printed>.
    expect(layout.argv).toEqual([...(scripts['release:deploy']?.split(' ') ?? []), '--car', 'dist.car'])
    expect(layout.user).toBe('node')
  })
})
