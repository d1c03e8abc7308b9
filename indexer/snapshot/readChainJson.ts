import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { SnapshotInvalidError } from './SnapshotInvalidError.ts'

/**
 * Reads one of a chain's JSON files (its snapshot or its history) and validates it against `schema`.
 * @param file Path of the file, as it should appear in messages.
 * @param schema What the file must hold; it has the chain's id and EIP-155 chain id.
 * @param expected When given, the file must be about this chain (and chain id, when given).
 * @param what How messages name the content, e.g. "the history of".
 * @returns the parsed file, or undefined when it does not exist.
 * @throws {SnapshotInvalidError} naming the file when it is not JSON, does not match, or is another chain's.
 * @example
 * const snapshot = await readChainJson('snapshot/ethereum.json', ChainSnapshotSchema, { chain: 'ethereum' })
 */
export async function readChainJson<S extends z.ZodType<{ chain: string; chainId: number }>>(
  file: string,
  schema: S,
  expected?: { chain: string; chainId?: number },
  what = '',
): Promise<z.output<S> | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SnapshotInvalidError({ file, problem: `not JSON (${(error as Error).message})`, cause: error })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new SnapshotInvalidError({ file, problem: z.prettifyError(parsed.error), cause: parsed.error })
  }
  const content = parsed.data
  if (!expected) return content
  const { chain, chainId = content.chainId } = expected
  if (content.chain !== chain || content.chainId !== chainId) {
    throw new SnapshotInvalidError({
      file,
      problem: `it holds ${what}${content.chain} (chain id ${content.chainId}), expected ${chain} (chain id ${chainId})`,
    })
  }
  return content
}
