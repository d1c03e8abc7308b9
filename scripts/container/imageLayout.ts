import { posix } from 'node:path'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { parseDockerfile, parseExecForm, parseKeyValues, stageChain } from '../lint/parseDockerfile.ts'

/** Thrown when the Dockerfile has no stage with the requested name. */
export class ImageTargetNotFoundError extends BaseError {
  override name = 'ImageTargetNotFoundError'
  constructor({ target, available }: { target: string; available: readonly string[] }) {
    super(`The Dockerfile has no stage named "${target}".`, {
      metaMessages: [`Build one of: ${available.join(', ')}.`],
    })
  }
}

/** One step that puts files into the image, in build order. */
export type LayoutStep =
  | {
      kind: 'copy'
      /** The stage copied from (`COPY --from=<stage>`), or undefined for the build context. */
      fromStage: string | undefined
      /** Source paths: relative to the context, or absolute inside `fromStage`. */
      sources: string[]
      /** Destination relative to `/` without the leading slash, e.g. `app/dist` or `app/` (a folder). */
      destination: string
    }
  | { kind: 'run'; command: string }

/** What a target's image holds and runs, read from the Dockerfile alone. */
export interface ImageLayout {
  steps: LayoutStep[]
  /** The final WORKDIR, absolute. */
  workdir: string
  /** Every ENV the image sets, inherited ones included. */
  env: Record<string, string>
  /** ENTRYPOINT followed by CMD, as Docker runs them. */
  argv: string[]
  /** The HEALTHCHECK command's argv, if there is one. */
  healthcheck: string[] | undefined
  /** The final USER, if set. */
  user: string | undefined
}

/**
 * Reads what `docker build --target <target>` puts in an image and what the container runs, following
 * the stages the target builds on: the COPY and RUN steps in order, WORKDIR, ENV, USER, HEALTHCHECK and
 * ENTRYPOINT + CMD. Lets a test rebuild the image's file tree without Docker and run the same command.
 *
 * @param text The Dockerfile's content.
 * @param target The stage to read.
 * @returns The layout.
 * @throws {ImageTargetNotFoundError} when no stage has that name.
 * @example
 * imageLayout(readFileSync('Dockerfile', 'utf8'), 'site').argv // ['npm', 'run', '--silent', 'serve']
 */
export function imageLayout(text: string, target: string): ImageLayout {
  const dockerfile = parseDockerfile(text)
  const chain = stageChain(dockerfile, target)
  if (chain.length === 0) {
    throw new ImageTargetNotFoundError({
      target,
      available: dockerfile.stages.flatMap((stage) => (stage.name ? [stage.name] : [])),
    })
  }
  const layout: ImageLayout = {
    steps: [],
    workdir: '/',
    env: {},
    argv: [],
    healthcheck: undefined,
    user: undefined,
  }
  let entrypoint: string[] = []
  let cmd: string[] = []
  for (const instruction of chain.flatMap((stage) => stage.instructions)) {
    const { keyword, args } = instruction
    if (keyword === 'WORKDIR') layout.workdir = posix.resolve(layout.workdir, args.trim())
    else if (keyword === 'ENV')
      for (const [name, value = ''] of parseKeyValues('ENV', args)) layout.env[name] = value
    else if (keyword === 'USER') layout.user = args.trim()
    else if (keyword === 'RUN') layout.steps.push({ kind: 'run', command: args })
    else if (keyword === 'ENTRYPOINT') {
      entrypoint = parseExecForm(args)
      // Docker resets an inherited CMD when ENTRYPOINT is set.
      cmd = []
    } else if (keyword === 'CMD') cmd = parseExecForm(args)
    else if (keyword === 'HEALTHCHECK') {
      const command = /^(?:--\S+\s+)*CMD\s+(.*)$/s.exec(args.trim())?.[1]
      layout.healthcheck = command === undefined ? undefined : parseExecForm(command)
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const words = args.match(/"[^"]*"|\S+/g) ?? []
      const fromStage = words.find((word) => word.startsWith('--from='))?.slice('--from='.length)
      const paths = words
        .filter((word) => !word.startsWith('--'))
        .map((word) => word.replace(/^"(.*)"$/, '$1'))
      const destination = paths.pop() ?? '.'
      const absolute = posix.resolve(layout.workdir, destination) + (/\/$|^\.$/.test(destination) ? '/' : '')
      layout.steps.push({
        kind: 'copy',
        fromStage,
        sources: paths,
        destination: absolute.replace(/^\/+/, ''),
      })
    }
  }
  layout.argv = [...entrypoint, ...cmd]
  return layout
}
