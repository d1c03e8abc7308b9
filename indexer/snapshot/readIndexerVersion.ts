import { readFile } from 'node:fs/promises'
import { z } from 'zod'

const PACKAGE_JSON = new URL('../../package.json', import.meta.url)

/**
 * The `version` of the repository's package.json: snapshots record which indexer wrote them, so a change
 * in how facts are read shows up beside the facts it changed.
 * @throws a ZodError when package.json has no version.
 */
export async function readIndexerVersion(): Promise<string> {
  const json: unknown = JSON.parse(await readFile(PACKAGE_JSON, 'utf8'))
  return z.object({ version: z.string().min(1) }).parse(json).version
}
