import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const NODE = join(REPO, 'node_modules/.bin/node')

/**
 * Runs `indexer/cli.ts` the way `npm run index` does, from the repository root, without the caller's
 * `RPC_URL_*` variables (a test passes its own) or `CI` (so output does not depend on where tests run).
 */
export async function runIndexCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('RPC_URL_') && key !== 'CI'),
  )
  try {
    const { stdout, stderr } = await promisify(execFile)(NODE, ['indexer/cli.ts', ...args], {
      cwd: REPO,
      env,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}
