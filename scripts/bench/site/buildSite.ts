import { execFileSync, spawn } from 'node:child_process'
import { copyFile, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { BaseError } from '../../../indexer/errors/BaseError.ts'

/** Thrown when `astro build` or `relativize` exits with an error. */
export class SiteBuildFailedError extends BaseError {
  override name = 'SiteBuildFailedError'
  constructor({ step, code, log }: { step: string; code: number | null; log: string }) {
    super(`${step} failed (exit code ${code}).`, {
      details: log.split('\n').slice(-40).join('\n'),
      metaMessages: [
        'If the error is in a page someone is editing right now, wait a minute and run the benchmark again.',
      ],
    })
  }
}

export interface BuildSiteOptions {
  /** The repository (Astro's root: its site/ and astro.config.mjs). */
  repoRoot: string
  /** Folder holding the `registry/` and `snapshot/` to build from (`ATLAS_ROOT`). */
  atlasRoot: string
  /** Scratch folder: receives `dist/`, Astro's cache and a config that points at them. */
  workDir: string
}

export interface BuiltSite {
  dist: string
  /** Wall time of `astro build` plus `relativize`, in ms. */
  ms: number
  /** Wall time of each step, in ms. */
  steps: { astroMs: number; relativizeMs: number }
  /** Everything both printed. */
  log: string
}

/**
 * Builds the site as `npm run build` does (`astro build`, then `scripts/relativize.ts`), from the registry in
 * `atlasRoot`, into `<workDir>/dist`, and times it. Astro's cache goes to `<workDir>/cache` through a
 * wrapper config, so the benchmark never replaces the content store other builds in the checkout use.
 *
 * @param options Where the code, the registry and the scratch folder are.
 * @returns The built folder, the wall time and the log.
 * @throws {SiteBuildFailedError} when either step fails.
 * @example const { ms } = await buildSite({ repoRoot: process.cwd(), atlasRoot: tmp, workDir: tmp })
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const { repoRoot, atlasRoot, workDir } = options
  const dist = join(workDir, 'dist')
  const config = join(workDir, 'astro.config.mjs')
  await writeFile(
    config,
    [
      `import base from ${JSON.stringify(join(repoRoot, 'astro.config.mjs'))}`,
      `export default { ...base, cacheDir: ${JSON.stringify(join(workDir, 'cache'))} }`,
      '',
    ].join('\n'),
  )
  // Astro puts its prerender chunks in `<cwd>/.astro/` when outDir is outside the working directory, where
  // a concurrent build in the checkout would overwrite them; running in workDir keeps them in
  // `<workDir>/dist/.prerender`, and those chunks import packages, hence the node_modules link. The site
  // reads package.json from the working directory, hence the copy, and the commit from ATLAS_COMMIT, since
  // workDir is no git checkout.
  await copyFile(join(repoRoot, 'package.json'), join(workDir, 'package.json'))
  await symlink(join(repoRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir').catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    },
  )
  const env = {
    ...process.env,
    ATLAS_ROOT: atlasRoot,
    ATLAS_COMMIT: process.env.ATLAS_COMMIT ?? commitOf(repoRoot),
  }
  const start = performance.now()
  const astro = await run(
    process.execPath,
    [
      join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      repoRoot,
      // Astro joins --config to the root, so it must be relative to it.
      '--config',
      relative(repoRoot, config),
      '--outDir',
      dist,
    ],
    workDir,
    env,
  )
  if (astro.code !== 0)
    throw new SiteBuildFailedError({ step: 'astro build', code: astro.code, log: astro.log })
  const astroDone = performance.now()
  const relativize = await run(
    process.execPath,
    [join(repoRoot, 'scripts/relativize.ts'), dist],
    repoRoot,
    env,
  )
  const end = performance.now()
  if (relativize.code !== 0)
    throw new SiteBuildFailedError({ step: 'relativize', code: relativize.code, log: relativize.log })
  return {
    dist,
    ms: end - start,
    steps: { astroMs: astroDone - start, relativizeMs: end - astroDone },
    log: `${astro.log}${relativize.log}`,
  }
}

function commitOf(repoRoot: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, log }))
  })
}
