import type { DodCheck } from './dodPlan.ts'

/** How one check ended. */
export interface DodResult {
  check: DodCheck
  /** True when the script exited 0. */
  passed: boolean
  /** Wall time the script took, in seconds. */
  seconds: number
}

/** What {@link runDod} needs from the outside world. */
export interface RunDodDependencies {
  /** Runs one check's npm script to the end and returns its exit code. */
  runStep: (check: DodCheck) => Promise<number>
  /** A monotonic clock in milliseconds (`performance.now`). */
  now: () => number
  /** Told before each check starts, e.g. to print a heading. */
  onStart?: (check: DodCheck, index: number, total: number) => void
}

/**
 * Runs every check in order and keeps going after a failure, so one run shows everything that is
 * left to fix. A step that throws (the script could not even start) counts as failed.
 *
 * @param dependencies The step runner and clock.
 * @param plan The checks, in order.
 * @returns One result per check, in plan order.
 * @example
 * const results = await runDod({ runStep: spawnNpmScript, now: () => performance.now() }, DOD_PLAN)
 */
export async function runDod(
  dependencies: RunDodDependencies,
  plan: readonly DodCheck[],
): Promise<DodResult[]> {
  const results: DodResult[] = []
  for (const [index, check] of plan.entries()) {
    dependencies.onStart?.(check, index, plan.length)
    const started = dependencies.now()
    const code = await dependencies.runStep(check).catch(() => 1)
    results.push({ check, passed: code === 0, seconds: (dependencies.now() - started) / 1000 })
  }
  return results
}
