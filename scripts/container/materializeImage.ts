import { cp, mkdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ImageLayout } from './imageLayout.ts'

/** Where {@link materializeImage} takes files from. */
export interface MaterializeDependencies {
  /** The build context (the repository root). */
  contextDir: string
  /** Whether a context path (relative, `/`-separated) is excluded by .dockerignore. */
  isIgnored: (path: string) => boolean
  /** Folders standing in for other stages' outputs, keyed `<stage>:<absolute path>`. */
  stageOutputs: Readonly<Record<string, string>>
  /** Carries out a RUN step inside `rootDir` (or ignores it), e.g. links node_modules for `npm ci`. */
  run: (command: string, rootDir: string) => Promise<void>
}

/**
 * Lays out an image's file tree in a folder, without Docker: every COPY from the build context (less
 * what .dockerignore excludes), every `COPY --from` from a stand-in folder, every RUN through the
 * caller. A test then runs the image's command in `<rootDir>/<workdir>` and so finds a missing COPY.
 *
 * @param dependencies The context, the ignore rule, stand-ins for other stages and a RUN handler.
 * @param layout What {@link imageLayout} read from the Dockerfile.
 * @param rootDir An empty folder that plays `/`.
 * @returns The folder that plays the image's WORKDIR.
 * @throws {Error} when a `COPY --from` has no stand-in, or a context source does not exist.
 * @example
 * const cwd = await materializeImage({ contextDir: '.', isIgnored, stageOutputs: {}, run: async () => {} }, layout, tmp)
 */
export async function materializeImage(
  dependencies: MaterializeDependencies,
  layout: ImageLayout,
  rootDir: string,
): Promise<string> {
  for (const step of layout.steps) {
    if (step.kind === 'run') {
      await dependencies.run(step.command, rootDir)
      continue
    }
    const intoFolder = step.destination.endsWith('/') || step.sources.length > 1
    for (const source of step.sources) {
      const from = step.fromStage
        ? dependencies.stageOutputs[`${step.fromStage}:${source}`]
        : join(dependencies.contextDir, source)
      if (!from)
        throw new Error(`No stand-in for COPY --from=${step.fromStage} ${source}: pass it in stageOutputs.`)
      const isFolder = (await stat(from)).isDirectory()
      // Docker copies a folder's contents (not the folder) and a file into a folder destination by name.
      const to = join(rootDir, step.destination, intoFolder && !isFolder ? basename(source) : '')
      await mkdir(isFolder ? to : join(to, '..'), { recursive: true })
      await cp(from, to, {
        recursive: true,
        filter: (path) =>
          step.fromStage !== undefined ||
          !dependencies.isIgnored(path.slice(dependencies.contextDir.length + 1).replaceAll('\\', '/')),
      })
    }
  }
  const workdir = join(rootDir, layout.workdir)
  await mkdir(workdir, { recursive: true })
  return workdir
}
