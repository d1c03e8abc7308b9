import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectDocument, relatedFromIndex } from '../../../indexer/export/toProjectRecord.ts'
import { type LoadedLogo, loadLogos } from '../../../indexer/logos/loadLogos.ts'
import type { Registry } from '../../../indexer/model/schema.ts'
import { loadRegistry } from '../../../indexer/registry/loadRegistry.ts'
import { createOgRenderer, type OgProject, type OgRenderer } from '../../lib/og/createOgRenderer.ts'
import { ogCategoryColor } from '../../lib/og/ogCategoryColor.ts'
import { jsonBody } from '../../lib/openData.ts'

/** One file the site serves for a project, as it is written to `dist/`. */
export interface ProjectFile {
  body: Uint8Array | string
  contentType: string
}

/**
 * The three files every project gets besides its pages: `logos/<slug>.svg`, `og/<slug>.png` and
 * `api/projects/<slug>.json`. They are plain files, not Astro routes: written straight to disk they cost a
 * fraction of a route's per-page overhead, which dominated the 10,000-project build.
 */
export interface ProjectFiles {
  /** Every file's path inside the site, `/`-separated, in a stable order. */
  readonly paths: readonly string[]
  /** The file at `path`, or `undefined` when the site has no such project file. */
  contentOf(path: string): Promise<ProjectFile | undefined>
}

const PROJECT_FILE = /^(logos|og|api\/projects)\/([a-z0-9][a-z0-9-]*)\.(svg|png|json)$/
const EXTENSION_OF = { logos: 'svg', og: 'png', 'api/projects': 'json' } as const
const CONTENT_TYPE = {
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json; charset=utf-8',
} as const

/**
 * Builds the project files' contents from a registry and its logos, on demand: a build asks for every path,
 * the dev server only for what the browser requests. The Open Graph renderer (wasm and fonts) starts on the
 * first card.
 *
 * @param registry - The validated registry.
 * @param logos - Each project's sanitized logo or monogram, by slug (from `loadLogos`).
 * @param startRenderer - Starts the Open Graph renderer; `createOgRenderer` by default.
 * @returns The paths and a way to get each file.
 * @example
 * const files = projectFilesOf(registry, logos)
 * await files.contentOf('logos/uniswap.svg') // { body: '<svg …', contentType: 'image/svg+xml' }
 */
export function projectFilesOf(
  registry: Registry,
  logos: ReadonlyMap<string, LoadedLogo>,
  startRenderer: () => Promise<OgRenderer> = createOgRenderer,
): ProjectFiles {
  const projects = new Map(registry.projects.map((project) => [project.slug as string, project]))
  const categories = new Map(
    registry.categories.map((category, index) => [category.id as string, { category, index }]),
  )
  const slugs = [...projects.keys()].sort()
  const paths = (['logos', 'og', 'api/projects'] as const).flatMap((folder) =>
    slugs.map((slug) => `${folder}/${slug}.${EXTENSION_OF[folder]}`),
  )
  let incoming: ReturnType<typeof relatedFromIndex> | undefined
  let renderer: Promise<OgRenderer> | undefined

  return {
    paths,
    async contentOf(path) {
      const match = PROJECT_FILE.exec(path)
      const folder = match?.[1] as keyof typeof EXTENSION_OF | undefined
      const project = match?.[2] === undefined ? undefined : projects.get(match[2])
      if (!folder || !project || match?.[3] !== EXTENSION_OF[folder]) return undefined
      const logo = logos.get(project.slug)
      if (folder === 'logos') return { body: logo?.svg ?? '', contentType: CONTENT_TYPE.svg }
      if (folder === 'api/projects') {
        incoming ??= relatedFromIndex(registry)
        return {
          body: jsonBody(projectDocument(project, registry, incoming)),
          contentType: CONTENT_TYPE.json,
        }
      }
      const found = categories.get(project.category)
      const card: OgProject = {
        slug: project.slug,
        name: project.name,
        description: project.description,
        category: found?.category.name ?? project.category,
        categoryColor: ogCategoryColor(found?.index ?? 0),
        ...(logo ? { logo } : {}),
      }
      renderer ??= startRenderer()
      return { body: (await renderer).render(card), contentType: CONTENT_TYPE.png }
    },
  }
}

/**
 * Reads and validates the registry and its logos under `rootDir` (as the pages do) and returns its project
 * files.
 *
 * @param rootDir - The folder holding `registry/` and `snapshot/`.
 * @throws {RegistryInvalidError} when the registry has errors.
 */
export async function loadProjectFiles(rootDir: string): Promise<ProjectFiles> {
  const registry = await loadRegistry(join(rootDir, 'registry'), rootDir)
  const { logos } = await loadLogos(
    { logosDir: join(rootDir, 'registry', 'logos'), readFile, readdir },
    registry.projects,
  )
  return projectFilesOf(registry, logos)
}
