import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const scripts = fileURLToPath(new URL('../..', import.meta.url))

/** How a CLI run ended. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `scripts/<script>` as a real process with the test's Node, an environment holding only PATH, HOME
 * and `env` (so a developer's own pinning variables never leak into a test), and collects its output.
 *
 * @param script The CLI's file name, e.g. `pin.ts`.
 * @param args Its arguments.
 * @param env Extra environment variables.
 * @returns Exit code, stdout and stderr.
 * @example
 * const { code, stdout } = await runCli('fetch-back.ts', ['--cid', cid, '--gateway', url])
 */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [join(scripts, script), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}
