import { cp, mkdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { AstroIntegration } from 'astro'
import { atlasRoot } from '../../lib/loadAtlas.ts'
import { loadProjectFiles, type ProjectFiles } from './projectFiles.ts'

/** The folders the project files fill; no page route may write into them. */
const FOLDERS = ['logos', 'og', 'api/projects'] as const

type WorkerReply = { written: number } | { error: string }

/**
 * Adds each project's `logos/<slug>.svg`, `og/<slug>.png` and `api/projects/<slug>.json` to the site.
 *
 * `astro build`: a worker thread writes them into a staging folder in Astro's cache while Astro renders the
 * pages (on the other core), and they are moved into the output when the build is done.
 * `astro dev`: the dev server answers those paths from the registry on disk, re-read after it changes.
 *
 * @returns The Astro integration.
 * @example export default defineConfig({ integrations: [projectFilesIntegration()] })
 */
export function projectFilesIntegration(): AstroIntegration {
  let cacheDir = ''
  let outDir = ''
  let pending: { staging: string; reply: Promise<WorkerReply>; worker: Worker; started: number } | undefined

  return {
    name: 'atlas:project-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': async () => {
        const staging = join(cacheDir, 'atlas-project-files')
        await rm(staging, { recursive: true, force: true })
        const worker = new Worker(new URL('./projectFiles.worker.ts', import.meta.url), {
          workerData: { rootDir: atlasRoot(), outDir: staging },
        })
        const reply = new Promise<WorkerReply>((resolve) => {
          worker.once('message', resolve)
          worker.once('error', (error) => resolve({ error: error.message }))
          worker.once('exit', (code) => resolve({ error: `the worker stopped with exit code ${code}` }))
        })
        pending = { staging, reply, worker, started: performance.now() }
      },
      'astro:build:done': async ({ logger }) => {
        if (!pending) throw new Error('atlas:project-files: the build finished without starting its worker')
        const { staging, reply, worker, started } = pending
        pending = undefined
        const result = await reply
        await worker.terminate()
        if ('error' in result)
          throw new Error(
            `atlas:project-files: writing logos, Open Graph cards and API records failed: ${result.error}`,
          )
        for (const folder of FOLDERS) await moveFolder(join(staging, folder), join(outDir, folder))
        await rm(staging, { recursive: true, force: true })
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        logger.info(
          `✓ ${result.written} project files (logos, Open Graph cards, API records) built in ${seconds}s`,
        )
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<ProjectFiles> | undefined
        const registryDir = join(atlasRoot(), 'registry')
        // ATLAS_ROOT can point outside the project, where Vite does not watch on its own.
        server.watcher.add(registryDir)
        server.watcher.on('all', (_event, path) => {
          if (!relative(registryDir, path).startsWith('..')) files = undefined
        })
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split(/[?#]/)[0] ?? '').replace(/^\/+/, '')
          if (request.method !== 'GET' || !FOLDERS.some((folder) => path.startsWith(`${folder}/`)))
            return next()
          files ??= loadProjectFiles(atlasRoot())
          files
            .then((loaded) => loaded.contentOf(path))
            .then((file) => {
              if (!file) return next()
              response.setHeader('Content-Type', file.contentType)
              response.end(file.body)
            })
            .catch((error: unknown) => {
              logger.error(`${path}: ${error instanceof Error ? error.message : String(error)}`)
              files = undefined
              next(error)
            })
        })
      },
    },
  }
}

async function moveFolder(from: string, to: string): Promise<void> {
  if (await stat(to).catch(() => undefined))
    throw new Error(
      `atlas:project-files: ${to} already exists: a page route writes there. Remove that route; the project files fill ${FOLDERS.join(', ')}.`,
    )
  await mkdir(dirname(to), { recursive: true })
  await rename(from, to).catch(async (error: unknown) => {
    // The cache and the output can be on different file systems, where a rename cannot cross.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  })
}
