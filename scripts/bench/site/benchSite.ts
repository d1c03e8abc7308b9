import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BuiltSite, buildSite } from './buildSite.ts'
import { formatSiteBench, type SiteMeasures } from './formatSiteBench.ts'
import { measureBrowser } from './measureBrowser.ts'
import { measureDist } from './measureDist.ts'
import { summarizeBuildLog } from './summarizeBuildLog.ts'
import { writeSyntheticRegistry } from './writeSyntheticRegistry.ts'

export interface BenchSiteOptions {
  /** The repository root (its registry/ is the real registry). */
  repoRoot: string
  projects: number
  relations: number
  seed: number
  /** Keep the scratch folder instead of removing it. */
  keep: boolean
  /** Where progress lines go (stderr in the CLI, so the table stays clean on stdout). */
  log(line: string): void
}

export interface BenchSiteResult {
  /** The Markdown table. */
  table: string
  /** Where the synthetic build spent its time, slowest routes first, as Markdown. */
  breakdown: string
  /** The scratch folder, when kept. */
  keptAt?: string
}

const int = (n: number) => n.toLocaleString('en-US')

/**
 * Runs the site benchmark: writes a synthetic registry of `projects` projects and `relations` relations,
 * builds the site from it and from the real registry (each into a scratch folder, never into dist/),
 * weighs both builds and measures both map pages in headless Chromium, and renders one table.
 *
 * @param options Sizes, seed, the repository, whether to keep the scratch folder, a progress logger.
 * @returns The table, the synthetic build's time breakdown and the kept folder.
 * @throws {SiteBuildFailedError} when a build fails; other errors when the browser cannot run.
 * @example const { table } = await benchSite({ repoRoot: '.', projects: 2000, relations: 8000, seed: 1, keep: false, log: console.error })
 */
export async function benchSite(options: BenchSiteOptions): Promise<BenchSiteResult> {
  const { repoRoot, projects, relations, seed, log } = options
  const scratch = await mkdtemp(join(tmpdir(), 'atlas-bench-site-'))
  try {
    const synthetic = join(scratch, 'synthetic')
    log(`writing ${int(projects)} projects and ${int(relations)} relations to ${synthetic}/registry`)
    await writeSyntheticRegistry(
      { readFile, writeFile, mkdir },
      { sourceRegistry: join(repoRoot, 'registry'), root: synthetic, projects, relations, seed },
    )
    const syntheticMeasures = await measureOne(repoRoot, synthetic, synthetic, log)
    await writeFile(join(synthetic, 'build.log'), syntheticMeasures.log)
    const real = join(scratch, 'real')
    await mkdir(real, { recursive: true })
    const realMeasures = await measureOne(repoRoot, repoRoot, real, log)
    const table = formatSiteBench([
      {
        label: `${int(projects)} projects · ${int(relations)} relations`,
        measures: syntheticMeasures.measures,
      },
      { label: 'real registry', measures: realMeasures.measures },
    ])
    const { stages, routes } = summarizeBuildLog(syntheticMeasures.log)
    const breakdown = [
      `Where the ${int(projects)}-project build spent its time (each step's wall time, then Astro's own timings):`,
      '',
      '| stage or route | pages | ms |',
      '| --- | ---: | ---: |',
      `| astro build (wall) | | ${Math.round(syntheticMeasures.steps.astroMs)} |`,
      `| relativize (wall) | | ${Math.round(syntheticMeasures.steps.relativizeMs)} |`,
      ...stages.map((stage) => `| ${stage.stage} | | ${Math.round(stage.ms)} |`),
      ...routes.map((route) => `| ${route.route} | ${route.pages} | ${Math.round(route.ms)} |`),
    ].join('\n')
    return { table, breakdown, ...(options.keep ? { keptAt: scratch } : {}) }
  } finally {
    if (!options.keep) await rm(scratch, { recursive: true, force: true })
  }
}

async function measureOne(
  repoRoot: string,
  atlasRoot: string,
  workDir: string,
  log: (line: string) => void,
): Promise<{ measures: SiteMeasures; log: string; steps: BuiltSite['steps'] }> {
  log(`building the site from ${atlasRoot} into ${workDir}/dist`)
  const built = await buildSite({ repoRoot, atlasRoot, workDir })
  log(`built in ${(built.ms / 1000).toFixed(1)} s; weighing and opening it in Chromium`)
  const dist = await measureDist(built.dist)
  const browser = await measureBrowser({ dist: built.dist, page: dist.mapPage })
  return { measures: { buildMs: built.ms, dist, browser }, log: built.log, steps: built.steps }
}
