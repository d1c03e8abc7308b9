import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createGit, type Git } from '../createGit.ts'

/** What a process run by a test printed and returned. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** A throwaway git repository with deterministic commits. */
export interface TestRepo {
  path: string
  /** The environment every git call of the repo uses (isolated from the machine's git config). */
  env: NodeJS.ProcessEnv
  /** A runner bound to the repository. */
  git: Git
  /** Runs any command in the repository and never throws. */
  run: (command: string, args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<Run>
  /** Makes a commit (empty unless files were staged) at the next fixed date; returns its SHA. */
  commit: (message: string) => Promise<string>
  /** Writes a file (creating folders) and stages it. */
  add: (file: string, contents: string) => Promise<void>
  remove: () => Promise<void>
}

/**
 * The environment tests run git in: none of the caller's `GIT_*` variables (a test started from a
 * hook would otherwise write to the caller's index), no global or system config (signing, hooks,
 * aliases), a fixed identity.
 *
 * @param extra Variables to add.
 * @returns The environment.
 */
export function isolatedGitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')))
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
    GITHUB_ACTIONS: '',
    JIRA_BASE_URL: '',
    JIRA_PROJECT_KEYS: '',
    ...extra,
  }
}

/**
 * Runs a command and collects its output; never rejects on a non-zero exit.
 *
 * @param command The executable.
 * @param args Its arguments.
 * @param options Working directory and environment.
 * @returns Exit code, stdout and stderr.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * Creates a git repository in a temporary folder, on branch `main`. Commits get fixed author and
 * committer dates (one minute apart from 2026-01-01), so the same script yields the same SHAs on
 * every machine.
 *
 * @param folder An existing folder to use instead of a new temporary one.
 * @returns The repository and helpers.
 * @example
 * const repo = await createTestRepo()
 * await repo.commit('🎉 begin')
 */
export async function createTestRepo(folder?: string): Promise<TestRepo> {
  const path = folder ?? (await mkdtemp(join(tmpdir(), 'atlas-git-')))
  let minute = 0
  const env = isolatedGitEnv()
  const git = createGit({ cwd: path, env })
  await git(['init', '--quiet', '--initial-branch=main'])
  const run: TestRepo['run'] = (command, args, extra = {}) =>
    runCommand(command, args, { cwd: path, env: { ...env, ...extra } })
  return {
    path,
    env,
    git,
    run,
    async commit(message) {
      const date = new Date(Date.UTC(2026, 0, 1, 0, minute++)).toISOString()
      const result = await run('git', ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], {
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      })
      if (result.code !== 0) throw new Error(`git commit failed: ${result.stderr}`)
      return (await git(['rev-parse', 'HEAD'])).trim()
    },
    async add(file, contents) {
      await mkdir(dirname(join(path, file)), { recursive: true })
      await writeFile(join(path, file), contents)
      await git(['add', '--', file])
    },
    remove: () => rm(path, { recursive: true, force: true }),
  }
}
