import { describe, expect, it } from 'vitest'
import { DOD_PLAN, type DodCheck } from './dodPlan.ts'
import { renderDodTable } from './renderDodTable.ts'
import { runDod } from './runDod.ts'

// The steps are fakes: the real ones are the npm scripts themselves, which CI runs.
function fakeSteps(outcomes: Record<string, number | Error>, durations: Record<string, number> = {}) {
  let clock = 0
  const ran: string[] = []
  return {
    ran,
    now: () => clock,
    runStep: async (check: DodCheck) => {
      ran.push([check.script, ...(check.args ?? [])].join(' '))
      clock += durations[check.name] ?? 1000
      const outcome = outcomes[check.name] ?? 0
      if (outcome instanceof Error) throw outcome
      return outcome
    },
  }
}

describe(runDod.name, () => {
  it('runs every check in order and keeps going after failures', async () => {
    const steps = fakeSteps({ typecheck: 2, e2e: new Error('spawn npm ENOENT') }, { build: 12_340 })
    const results = await runDod(steps, DOD_PLAN)
    expect(steps.ran).toEqual([
      'lint',
      'typecheck',
      'schema --check',
      'test:unit',
      'build',
      'test:e2e',
      'lint:workflows',
      'lint:containers',
      'lint:jenkins',
      'cid',
    ])
    expect(results.filter((result) => !result.passed).map((result) => result.check.name)).toEqual([
      'typecheck',
      'e2e',
    ])
    expect(results.find((result) => result.check.name === 'build')?.seconds).toBe(12.34)
  })

  it('tells the caller before each check starts', async () => {
    const started: string[] = []
    await runDod(
      {
        ...fakeSteps({}),
        onStart: (check, index, total) => started.push(`${index + 1}/${total} ${check.name}`),
      },
      DOD_PLAN.slice(0, 2),
    )
    expect(started).toEqual(['1/2 lint', '2/2 typecheck'])
  })
})

describe(renderDodTable.name, () => {
  it('ends with a table of results and seconds, and exit 1 when a check failed', async () => {
    const results = await runDod(fakeSteps({ e2e: 1 }, { build: 12_340 }), DOD_PLAN)
    expect(renderDodTable(results)).toEqual({
      text: [
        'check             result  seconds',
        'lint              ✓           1.0',
        'typecheck         ✓           1.0',
        'schema check      ✓           1.0',
        'unit + coverage   ✓           1.0',
        'build             ✓          12.3',
        'e2e               ✗           1.0',
        'workflow lint     ✓           1.0',
        'container lint    ✓           1.0',
        'jenkinsfile lint  ✓           1.0',
        'CID               ✓           1.0',
        '✗ 1 of 10 checks failed: e2e',
      ].join('\n'),
      exitCode: 1,
    })
  })

  it('says all passed, with the total time, and exits 0', async () => {
    const results = await runDod(fakeSteps({}), DOD_PLAN.slice(0, 3))
    const { text, exitCode } = renderDodTable(results)
    expect(text.split('\n').at(-1)).toBe('✓ all 3 checks passed in 3.0 s')
    expect(exitCode).toBe(0)
  })
})

describe('DOD_PLAN', () => {
  it('only names npm scripts that package.json has', async () => {
    const { readFile } = await import('node:fs/promises')
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    const missing = DOD_PLAN.map((check) => check.script).filter((script) => !(script in manifest.scripts))
    expect(missing).toEqual([])
  })
})
