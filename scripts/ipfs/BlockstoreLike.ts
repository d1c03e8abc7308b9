import type { UnixFSComponents } from '@helia/unixfs'

/**
 * The part of a blockstore these scripts use (`get`, `put`, `has`), taken from @helia/unixfs so a
 * `MemoryBlockstore` and a Helia node's blockstore both fit without a direct interface-blockstore import.
 *
 * @example
 * const blockstore: BlockstoreLike = new MemoryBlockstore()
 */
export type BlockstoreLike = UnixFSComponents['blockstore']
