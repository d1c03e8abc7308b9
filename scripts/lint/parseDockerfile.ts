/** One Dockerfile instruction with its continuation lines joined. */
export interface DockerInstruction {
  /** Upper-case keyword: `FROM`, `RUN`, `CMD`… */
  keyword: string
  /** Everything after the keyword, continuation lines joined with a space. */
  args: string
  /** 1-based line the instruction starts on. */
  line: number
}

/** A build stage: a `FROM` and the instructions up to the next `FROM`. */
export interface DockerStage {
  /** The `AS` name, lower-cased (Docker compares stage names case-insensitively), if any. */
  name: string | undefined
  /** The base: an image reference or the name of an earlier stage. */
  image: string
  /** 1-based line of the `FROM`. */
  line: number
  /** The instructions after `FROM`, in order. */
  instructions: DockerInstruction[]
}

/** A Dockerfile split into the `ARG`s before the first `FROM` and its stages. */
export interface ParsedDockerfile {
  globalArgs: DockerInstruction[]
  stages: DockerStage[]
}

/**
 * Splits a Dockerfile into stages and instructions, the way BuildKit reads it: comment lines are
 * dropped (also inside a continued instruction), a trailing escape character continues the line.
 * Heredocs (`RUN <<EOF`) are not supported; the project's Dockerfile does not use them.
 *
 * @param text The Dockerfile's content.
 * @returns The global `ARG`s and the stages in file order.
 * @example
 * parseDockerfile('FROM node:24 AS base\nUSER node\n').stages[0]?.name // 'base'
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const escapeChar = /^#\s*escape\s*=\s*`/im.test(text.split('\n', 5).join('\n')) ? '`' : '\\'
  const instructions: DockerInstruction[] = []
  let pending: { parts: string[]; line: number } | undefined
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim()
    if (trimmed.startsWith('#') || (trimmed === '' && !pending)) return
    const continues = trimmed.endsWith(escapeChar)
    const part = continues ? trimmed.slice(0, -1).trim() : trimmed
    pending ??= { parts: [], line: index + 1 }
    if (part) pending.parts.push(part)
    if (continues) return
    const joined = pending.parts.join(' ')
    const match = /^(\S+)\s*(.*)$/s.exec(joined)
    if (match?.[1])
      instructions.push({ keyword: match[1].toUpperCase(), args: match[2] ?? '', line: pending.line })
    pending = undefined
  })

  const globalArgs: DockerInstruction[] = []
  const stages: DockerStage[] = []
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'))
      const asIndex = words.findIndex((word) => word.toLowerCase() === 'as')
      stages.push({
        name: asIndex > 0 ? words[asIndex + 1]?.toLowerCase() : undefined,
        image: words[0] ?? '',
        line: instruction.line,
        instructions: [],
      })
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') globalArgs.push(instruction)
    } else {
      stages.at(-1)?.instructions.push(instruction)
    }
  }
  return { globalArgs, stages }
}

/**
 * The chain of stages a target builds on, from the first one that starts from an image to the
 * target itself (`FROM base AS site` → `[base, site]`).
 *
 * @param dockerfile A parsed Dockerfile.
 * @param target A stage name.
 * @returns The stages, outermost base first; empty when no stage has that name.
 * @example
 * stageChain(parseDockerfile(text), 'site').map((stage) => stage.name) // ['base', 'site']
 */
export function stageChain(dockerfile: ParsedDockerfile, target: string): DockerStage[] {
  const chain: DockerStage[] = []
  let current = dockerfile.stages.find((stage) => stage.name === target.toLowerCase())
  while (current && !chain.includes(current)) {
    chain.unshift(current)
    const base = current.image.toLowerCase()
    current = dockerfile.stages.find((stage) => stage.name === base)
  }
  return chain
}

/**
 * The last instruction with a keyword that a target sees, its own or inherited from the stages it
 * builds on (as `CMD`, `ENTRYPOINT`, `USER`, `WORKDIR` and `HEALTHCHECK` are).
 *
 * @param dockerfile A parsed Dockerfile.
 * @param target A stage name.
 * @param keyword An upper-case keyword.
 * @returns The instruction, or undefined when neither the target nor its bases have one.
 * @example
 * effectiveInstruction(parseDockerfile(text), 'site', 'USER')?.args // 'node'
 */
export function effectiveInstruction(
  dockerfile: ParsedDockerfile,
  target: string,
  keyword: string,
): DockerInstruction | undefined {
  return stageChain(dockerfile, target)
    .flatMap((stage) => stage.instructions)
    .findLast((instruction) => instruction.keyword === keyword)
}

/**
 * Reads the arguments of `CMD`, `ENTRYPOINT`, `RUN` or `HEALTHCHECK CMD` as the argv Docker runs:
 * the JSON array of the exec form, or `/bin/sh -c <text>` for the shell form.
 *
 * @param args The instruction's arguments.
 * @returns The argv.
 * @example
 * parseExecForm('["npm", "run", "serve"]') // ['npm', 'run', 'serve']
 */
export function parseExecForm(args: string): string[] {
  const trimmed = args.trim()
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed
    } catch {
      // Not valid JSON: Docker then runs the text through the shell, and so do we.
    }
  }
  return ['/bin/sh', '-c', trimmed]
}

/**
 * Reads `ENV`/`ARG`/`LABEL` arguments as name–value pairs: `A=1 B="two words"`, the legacy
 * `ENV A some value`, or a bare `ARG NAME`.
 *
 * @param keyword The instruction's keyword (`ENV` keeps the legacy space form).
 * @param args The instruction's arguments.
 * @returns The pairs in order; a bare `ARG` has an undefined value.
 * @example
 * parseKeyValues('ENV', 'HOST=0.0.0.0 PORT=4321') // [['HOST', '0.0.0.0'], ['PORT', '4321']]
 */
export function parseKeyValues(keyword: string, args: string): [string, string | undefined][] {
  const trimmed = args.trim()
  const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/s.exec(trimmed)
  if (keyword === 'ENV' && legacy?.[1] && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(trimmed)) {
    return [[legacy[1], legacy[2]]]
  }
  const pairs: [string, string | undefined][] = []
  for (const match of trimmed.matchAll(/([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)) {
    const [, name = '', value] = match
    pairs.push([name, value === undefined ? undefined : value.replace(/^(["'])(.*)\1$/s, '$2')])
  }
  return pairs
}
