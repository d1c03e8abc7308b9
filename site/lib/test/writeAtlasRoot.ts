import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChainSnapshot } from '../../../indexer/snapshot/snapshotSchema.ts'

/**
 * Writes a folder a site build or `loadAtlas` can read (what `ATLAS_ROOT` points at), for tests: each file
 * at its path (`registry/projects/x.yaml`, …) and a `snapshot/` folder holding each snapshot as
 * `<chain>.json`, empty when there is none.
 *
 * @param prefix - Start of the temporary folder's name.
 * @param files - File texts by path inside the folder.
 * @param snapshots - Chain snapshots to commit.
 * @returns The folder's path; the caller removes it.
 * @example const root = await writeAtlasRoot('atlas-stats-', { 'registry/chains.yaml': '…' })
 */
export async function writeAtlasRoot(
  prefix: string,
  files: Readonly<Record<string, string>>,
  snapshots: readonly ChainSnapshot[] = [],
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true })
    await writeFile(join(root, path), text)
  }
  await mkdir(join(root, 'snapshot'), { recursive: true })
  for (const snapshot of snapshots)
    await writeFile(join(root, 'snapshot', `${snapshot.chain}.json`), JSON.stringify(snapshot))
  return root
}
