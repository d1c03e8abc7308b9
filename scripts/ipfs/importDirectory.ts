import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { unixfs } from '@helia/unixfs'
import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { BlockstoreLike } from './BlockstoreLike.ts'
import { profileOptions, type UnixfsProfile } from './profileOptions.ts'

/** Thrown when the tree to import contains a symbolic link. */
export class SymlinkRefusedError extends BaseError {
  override name = 'SymlinkRefusedError'
  readonly path: string
  constructor({ path }: { path: string }) {
    super(`Refusing to import the symbolic link ${path}.`, {
      details: 'A link could point outside the folder, and kubo would store it as a link, not as its target.',
      metaMessages: ['Replace it with a copy of the file or folder it points to, then import again.'],
    })
    this.path = path
  }
}

/** Thrown when the tree holds something that is neither a file nor a folder (a socket, FIFO or device). */
export class UnsupportedEntryError extends BaseError {
  override name = 'UnsupportedEntryError'
  readonly path: string
  constructor({ path, reason }: { path: string; reason: string }) {
    super(`Cannot import ${path}: ${reason}`, {
      metaMessages: ['Remove or rename it in the folder being imported, then import again.'],
    })
    this.path = path
  }
}

/** Thrown when the path to import does not exist. */
export class ImportSourceNotFoundError extends BaseError {
  override name = 'ImportSourceNotFoundError'
  constructor({ path, cause }: { path: string; cause?: unknown }) {
    super(`Nothing to import at ${path}.`, {
      cause,
      metaMessages: ['Check the path; to import the built site, run `npm run build` first.'],
    })
  }
}

/** Errors `importDirectory` throws when the path given cannot be imported as asked (bad input, exit 1). */
export const importInputErrors = [
  ImportSourceNotFoundError,
  SymlinkRefusedError,
  UnsupportedEntryError,
] as const

/** Options for {@link importDirectory}. */
export interface ImportDirectoryOptions {
  /** Where the blocks go; an in-memory `MemoryBlockstore` is enough to compute a CID. */
  blockstore: BlockstoreLike
  /** The IPIP-499 profile to reproduce; defaults to `unixfs-v1-2025`. */
  profile?: UnixfsProfile
  /** Stops the import early. */
  signal?: AbortSignal
}

// Any fixed name works: a folder's name lives in its parent's link, never in its own block.
const ROOT = 'root'

/**
 * Imports a file or folder from disk the way `ipfs add -r --hidden` does under an IPIP-499 profile,
 * and returns the CID of the folder itself (not wrapped in another folder) or of the single file.
 *
 * Hidden files and empty folders are kept, mode and mtime are not stored, file contents are streamed.
 *
 * @param path The file or folder to import, e.g. `dist`.
 * @param options The blockstore to write into and the profile to use.
 * @returns The root CID.
 * @throws {SymlinkRefusedError} when the tree contains a symbolic link (named in the message).
 * @throws {UnsupportedEntryError} for sockets, FIFOs, devices, or a name the importer cannot keep.
 * @throws {ImportSourceNotFoundError} when `path` does not exist.
 * @example
 * const cid = await importDirectory('dist', { blockstore: new MemoryBlockstore() })
 */
export async function importDirectory(path: string, options: ImportDirectoryOptions): Promise<CID> {
  const { blockstore, profile = 'unixfs-v1-2025', signal } = options
  const stats = await lstatOrThrow(path)
  const fs = unixfs({ blockstore })
  // Many small files are the common case for a site; the importer suggests 50 for that (order is kept).
  const addOptions = { ...profileOptions(profile), fileImportConcurrency: 50, signal }
  if (stats.isFile()) return fs.addByteStream(readLazily(path), addOptions)
  if (!stats.isDirectory()) throw entryError(path, stats)

  let root: CID | undefined
  for await (const entry of fs.addAll(walk(path, ROOT), addOptions)) {
    if (entry.path === ROOT) root = entry.cid
  }
  // The importer always yields the top folder last; reaching this means it changed behaviour.
  if (!root) throw new BaseError(`The importer returned no root for ${path}.`)
  return root
}

async function lstatOrThrow(path: string) {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ImportSourceNotFoundError({ path, cause: error })
    throw error
  }
}

function entryError(path: string, stats: Awaited<ReturnType<typeof lstat>>): BaseError {
  if (stats.isSymbolicLink()) return new SymlinkRefusedError({ path })
  return new UnsupportedEntryError({ path, reason: 'it is not a regular file or folder.' })
}

/** Yields import candidates depth first, names in byte order, the folder before its contents. */
async function* walk(
  directory: string,
  importPath: string,
): AsyncGenerator<{ path: string; content?: AsyncIterable<Uint8Array> }> {
  yield { path: importPath }
  const entries = await readdir(directory, { withFileTypes: true })
  // Byte order (what dag-pb sorts links by), not UTF-16 order, so the walk is the same on every machine.
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
  for (const entry of entries) {
    const diskPath = join(directory, entry.name)
    // The importer splits paths on "/" unless escaped by "\", so a trailing backslash would merge two names.
    if (entry.name.endsWith('\\')) {
      throw new UnsupportedEntryError({
        path: diskPath,
        reason: 'names ending in a backslash cannot be imported.',
      })
    }
    const childPath = `${importPath}/${entry.name}`
    if (entry.isDirectory()) yield* walk(diskPath, childPath)
    else if (entry.isFile()) yield { path: childPath, content: readLazily(diskPath) }
    else throw entryError(diskPath, await lstat(diskPath))
  }
}

/** Opens the file only when the importer starts reading it, so a big folder never holds every file open. */
async function* readLazily(path: string): AsyncGenerator<Uint8Array> {
  yield* createReadStream(path, { highWaterMark: 1_048_576 })
}
