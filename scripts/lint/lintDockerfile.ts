import { validate } from 'dockerfile-utils'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import {
  type DockerStage,
  effectiveInstruction,
  type ParsedDockerfile,
  parseDockerfile,
  parseKeyValues,
} from './parseDockerfile.ts'

/** What the project's Dockerfile must provide beyond valid syntax. */
export interface DockerfileRules {
  /** Stages that must exist (`docker build --target <name>`). */
  targets: readonly string[]
  /** Targets whose image must declare a HEALTHCHECK. */
  healthcheckTargets: readonly string[]
}

const DIGEST = /@sha256:[0-9a-f]{64}$/
const SECRET_NAME = /(^|_)(KEY|TOKEN|SECRET|PASSWORD|PASSWD|MNEMONIC|CREDENTIALS?)$|^PRIVATE|PRIVATE_?KEY/i
const ROOT_USER = /^(root|0)(:(root|0))?$/

/**
 * Lints a Dockerfile without a Docker engine: dockerfile-utils' validator (it exits 0 on warnings, so
 * every one of its diagnostics counts as an error here), plus the project's rules: every base image
 * pinned by digest, a non-root USER in every image that is a build target, no secret-looking ARG/ENV
 * name (a build argument stays readable in the image history), the required targets present and a
 * HEALTHCHECK where one is required.
 *
 * @param text The Dockerfile's content.
 * @param file The path to print in diagnostics.
 * @param rules Required targets and health-checked targets.
 * @returns Every problem found; empty when the file is clean.
 * @example
 * lintDockerfile(readFileSync('Dockerfile', 'utf8'), 'Dockerfile', { targets: ['site'], healthcheckTargets: ['site'] })
 */
export function lintDockerfile(text: string, file: string, rules: DockerfileRules): LintDiagnostic[] {
  const at = (line: number, rule: string, message: string): LintDiagnostic => ({
    file,
    line,
    column: 1,
    rule,
    message,
  })
  const diagnostics: LintDiagnostic[] = validate(text).map((problem) => ({
    file,
    line: problem.range.start.line + 1,
    column: problem.range.start.character + 1,
    rule: `dockerfile-utils/${problem.code ?? 'syntax'}`,
    message: typeof problem.message === 'string' ? problem.message : problem.message.value,
  }))
  const dockerfile = parseDockerfile(text)
  const stageNames = new Set(dockerfile.stages.map((stage) => stage.name).filter(Boolean))

  for (const stage of dockerfile.stages) {
    const base = stage.image.toLowerCase()
    if (stageNames.has(base) || base === 'scratch') continue
    if (base.includes('$')) {
      diagnostics.push(
        at(
          stage.line,
          'pinned-digest',
          `FROM ${stage.image} hides the base behind a variable: write it out with its @sha256 digest.`,
        ),
      )
    } else if (!DIGEST.test(stage.image)) {
      diagnostics.push(
        at(
          stage.line,
          'pinned-digest',
          `FROM ${stage.image} is not pinned: append @sha256:<digest> (docker buildx imagetools inspect ${stage.image}).`,
        ),
      )
    }
  }

  for (const instruction of [
    ...dockerfile.globalArgs,
    ...dockerfile.stages.flatMap((stage) => stage.instructions),
  ]) {
    if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue
    for (const [name] of parseKeyValues(instruction.keyword, instruction.args)) {
      if (SECRET_NAME.test(name)) {
        diagnostics.push(
          at(
            instruction.line,
            'no-secret-in-image',
            `${instruction.keyword} ${name} looks like a secret, and build arguments and ENV stay readable in the image: pass it at run time (docker run --env-file).`,
          ),
        )
      }
    }
  }

  for (const target of rules.targets) {
    if (!stageNames.has(target.toLowerCase())) {
      diagnostics.push(at(1, 'missing-target', `No stage is named "${target}": add \`FROM … AS ${target}\`.`))
    }
  }

  for (const stage of finalStages(dockerfile)) {
    const name = stage.name ?? `stage at line ${stage.line}`
    const user = stage.name
      ? effectiveInstruction(dockerfile, stage.name, 'USER')
      : lastInstruction(stage, 'USER')
    if (!user) {
      diagnostics.push(
        at(stage.line, 'non-root-user', `Image "${name}" runs as root: add \`USER node\` to it.`),
      )
    } else if (ROOT_USER.test(user.args.trim())) {
      diagnostics.push(
        at(
          user.line,
          'non-root-user',
          `Image "${name}" ends as USER ${user.args.trim()}: switch to \`USER node\`.`,
        ),
      )
    }
  }

  for (const target of rules.healthcheckTargets) {
    const stage = dockerfile.stages.find((candidate) => candidate.name === target.toLowerCase())
    if (!stage) continue
    const healthcheck = effectiveInstruction(dockerfile, target, 'HEALTHCHECK')
    if (!healthcheck || /^none\b/i.test(healthcheck.args.trim())) {
      diagnostics.push(
        at(
          stage.line,
          'healthcheck',
          `Image "${target}" has no HEALTHCHECK: add one that requests / (node -e "fetch(…)").`,
        ),
      )
    }
  }
  return diagnostics
}

/**
 * The stages that become images people run: those no other stage builds on (`FROM <stage>`) or copies
 * from (`COPY --from=<stage>`, `RUN --mount=…,from=<stage>`).
 */
function finalStages(dockerfile: ParsedDockerfile): DockerStage[] {
  const used = new Set<string>()
  for (const stage of dockerfile.stages) {
    used.add(stage.image.toLowerCase())
    for (const instruction of stage.instructions) {
      for (const match of instruction.args.matchAll(/--(?:from=|mount=\S*?from=)([^\s,]+)/g)) {
        if (match[1]) used.add(match[1].toLowerCase())
      }
    }
  }
  return dockerfile.stages.filter((stage, index) => !used.has(stage.name ?? String(index)))
}

function lastInstruction(stage: DockerStage, keyword: string) {
  return stage.instructions.findLast((instruction) => instruction.keyword === keyword)
}
