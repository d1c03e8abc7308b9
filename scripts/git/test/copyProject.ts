import { chmod, cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

// What a fresh clone needs to run the hook and install-hooks.ts. Copies, not symlinks: Node resolves
// a symlinked script to its real path, and install-hooks.ts finds the project from its own path.
const files = [
  '.githooks/commit-msg',
  'package.json',
  'scripts/commit-msg.ts',
  'scripts/install-hooks.ts',
  'scripts/ipfs/cliExitCode.ts',
  'indexer/errors/BaseError.ts',
]

/**
 * Copies the project's hook machinery into a new temporary folder (no `.git`), with
 * `node_modules` linked to the real one.
 *
 * @param options `hookMode` sets the copied hook's file mode (e.g. 0o644 as a zip would leave it).
 * @returns The folder.
 */
export async function copyProject(options: { hookMode?: number } = {}): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'atlas-project-'))
  for (const file of files) {
    await mkdir(dirname(join(path, file)), { recursive: true })
    await cp(join(root, file), join(path, file))
  }
  for (const name of await readdir(join(root, 'scripts/git'))) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
      await cp(join(root, 'scripts/git', name), join(path, 'scripts/git', name))
  }
  await chmod(join(path, '.githooks/commit-msg'), options.hookMode ?? 0o755)
  await symlink(join(root, 'node_modules'), join(path, 'node_modules'))
  return path
}
