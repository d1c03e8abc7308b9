import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AstroIntegration } from 'astro'
import { dev } from 'astro'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtlasRoot } from '../../lib/test/writeAtlasRoot.ts'
import { projectFilesIntegration } from './projectFilesIntegration.ts'

// The integration's hooks run as Astro calls them, with a real worker thread and real files; the dev
// server is Astro's own, started on a free loopback port.
const registryFiles: Record<string, string> = {
  'registry/categories.yaml':
    'categories:\n  - { id: dex, name: Decentralized exchanges, description: Swaps. }\n',
  'registry/chains.yaml':
    "chains:\n  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }\n",
  'registry/projects/uniswap.yaml':
    'name: Uniswap\ndescription: Swaps.\ncategory: dex\nwebsite: https://uniswap.org\nlogo: uniswap.svg\nsources: [https://uniswap.org]\n',
  'registry/logos/uniswap.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#ff007a"/></svg>',
}

let work: string
let atlasRoot: string
const savedRoot = process.env.ATLAS_ROOT
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-project-files-integration-'))
  atlasRoot = await writeAtlasRoot('atlas-project-files-root-', registryFiles)
  process.env.ATLAS_ROOT = atlasRoot
})
afterAll(async () => {
  if (savedRoot === undefined) delete process.env.ATLAS_ROOT
  else process.env.ATLAS_ROOT = savedRoot
  await rm(work, { recursive: true, force: true })
  await rm(atlasRoot, { recursive: true, force: true })
})

type Hooks = Required<AstroIntegration['hooks']>
const logged: string[] = []
const logger = { info: (line: string) => logged.push(line), error: (line: string) => logged.push(line) }

/** Runs the build hooks the way `astro build` does, around an optional step that plays the page build. */
async function build(name: string, between: (outDir: string) => Promise<void> = async () => {}) {
  const outDir = join(work, name, 'dist')
  const integration = projectFilesIntegration()
  const hooks = integration.hooks as Hooks
  const config = { cacheDir: pathToFileURL(join(work, name, 'cache/')), outDir: pathToFileURL(`${outDir}/`) }
  await (hooks['astro:config:done'] as (o: unknown) => Promise<void>)({ config })
  await (hooks['astro:build:start'] as (o: unknown) => Promise<void>)({ logger })
  await mkdir(join(outDir, 'api'), { recursive: true }) // Astro empties and fills dist/ meanwhile
  await between(outDir)
  await (hooks['astro:build:done'] as (o: unknown) => Promise<void>)({
    logger,
    dir: config.outDir,
    pages: [],
  })
  return outDir
}

describe('the project files integration', () => {
  it('adds every project file to the build output and says how many it wrote', async () => {
    const outDir = await build('ok')
    expect((await readFile(join(outDir, 'og/uniswap.png'))).subarray(1, 4).toString()).toBe('PNG')
    expect(await readFile(join(outDir, 'logos/uniswap.svg'), 'utf8')).toMatch(/^<svg/)
    expect(JSON.parse(await readFile(join(outDir, 'api/projects/uniswap.json'), 'utf8')).project.name).toBe(
      'Uniswap',
    )
    expect(logged.at(-1)).toMatch(
      /^✓ 3 project files \(logos, Open Graph cards, API records\) built in \d+\.\ds$/,
    )
    expect(await stat(join(work, 'ok', 'cache', 'atlas-project-files')).catch(() => 'gone')).toBe('gone')
  })

  it('fails the build, naming the folder, when a page route already wrote into one of its folders', async () => {
    await expect(build('clash', (outDir) => mkdir(join(outDir, 'og')))).rejects.toThrow(
      /clash\/dist\/og already exists: a page route writes there/,
    )
  })

  it('fails the build with the reason when the registry cannot be read', async () => {
    await writeFile(join(atlasRoot, 'registry/projects/broken.yaml'), 'name: [\n')
    try {
      await expect(build('broken')).rejects.toThrow(
        /writing logos, Open Graph cards and API records failed: .*registry/i,
      )
    } finally {
      await rm(join(atlasRoot, 'registry/projects/broken.yaml'))
    }
  })

  it('serves the project files from the dev server, and nothing for unknown projects', {
    timeout: 60_000,
  }, async () => {
    const server = await dev({
      root: process.cwd(),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0 },
      cacheDir: join(work, 'dev-cache'),
    })
    try {
      const base = `http://127.0.0.1:${server.address.port}`
      const card = await fetch(`${base}/og/uniswap.png`)
      expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png'])
      const record = await fetch(`${base}/api/projects/uniswap.json?fresh=1`)
      expect(((await record.json()) as { project: { slug: string } }).project.slug).toBe('uniswap')
      expect((await fetch(`${base}/logos/aave.svg`)).status).toBe(404)

      // An edit to a logo, then to a project file, shows on the next request, without a restart.
      const logo = join(atlasRoot, 'registry/logos/uniswap.svg')
      await writeFile(logo, (await readFile(logo, 'utf8')).replace('#ff007a', '#00ff00'))
      await expect
        .poll(async () => (await fetch(`${base}/logos/uniswap.svg`)).text(), { timeout: 10_000 })
        .toContain('#0f0')
      const file = join(atlasRoot, 'registry/projects/uniswap.yaml')
      await writeFile(file, (await readFile(file, 'utf8')).replace('Swaps.', 'Swaps, edited.'))
      await expect
        .poll(
          async () => {
            const edited = await fetch(`${base}/api/projects/uniswap.json`)
            return ((await edited.json()) as { project: { description: string } }).project.description
          },
          { timeout: 10_000 },
        )
        .toBe('Swaps, edited.')
    } finally {
      await server.stop()
    }
  })
})
