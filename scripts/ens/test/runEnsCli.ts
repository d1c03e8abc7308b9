import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../../ens.ts', import.meta.url))

/** What a CLI run printed, and how it exited. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `scripts/ens.ts` as a real process with this Node, with `env` added to a copy of this process's
 * environment from which ENS_PRIVATE_KEY and ENS_RPC_URL are removed (a test sets them itself).
 */
export function runEnsCli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<CliRun> {
  const { ENS_PRIVATE_KEY: _key, ENS_RPC_URL: _rpc, ...inherited } = process.env
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
