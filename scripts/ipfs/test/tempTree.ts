import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A folder tree for a test: relative path → file contents, or `null` for an (empty) folder. */
export type TreeSpec = Record<string, string | Uint8Array | null>

/**
 * Creates a fresh temporary folder holding `spec`, for tests that import real files.
 *
 * @param spec Files and folders to create, e.g. `{ 'a/b.txt': 'hi', 'empty': null }`.
 * @returns The folder's path and `remove()` to delete it.
 * @example
 * const tree = await tempTree({ 'index.html': '<h1>hi</h1>' })
 */
export async function tempTree(spec: TreeSpec): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'atlas-ipfs-'))
  const entries = Object.entries(spec)
  const folders = new Set(
    entries.map(([relative, contents]) => join(path, contents === null ? relative : dirname(relative))),
  )
  for (const folder of folders) await mkdir(folder, { recursive: true })
  const files = entries.filter((entry): entry is [string, string | Uint8Array] => entry[1] !== null)
  // Batched writes: the kubo HAMT vectors need thousands of files.
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(
      files
        .slice(start, start + 256)
        .map(([relative, contents]) => writeFile(join(path, relative), contents)),
    )
  }
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}
