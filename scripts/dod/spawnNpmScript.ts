import { spawn } from 'node:child_process'
import type { DodCheck } from './dodPlan.ts'

/**
 * Runs `npm run <script> [-- args]` with the terminal attached (its output streams as it comes) and
 * resolves with its exit code; a script killed by a signal counts as exit code 1.
 *
 * @param check The script and its arguments.
 * @param options `cwd`: the package folder (default: the current one).
 * @returns The exit code.
 * @throws {Error} when npm itself cannot be started.
 * @example
 * const code = await spawnNpmScript({ name: 'lint', script: 'lint' })
 */
export function spawnNpmScript(check: DodCheck, options: { cwd?: string } = {}): Promise<number> {
  const args = ['run', check.script, ...(check.args?.length ? ['--', ...check.args] : [])]
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, {
      cwd: options.cwd,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    child.once('error', reject)
    child.once('exit', (code) => resolve(code ?? 1))
  })
}
