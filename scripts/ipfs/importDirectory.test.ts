import { execFileSync } from 'node:child_process'
import { chmod, mkdir, symlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unixfs } from '@helia/unixfs'
import * as dagPb from '@ipld/dag-pb'
import { MemoryBlockstore } from 'blockstore-core'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ImportSourceNotFoundError,
  importDirectory,
  SymlinkRefusedError,
  UnsupportedEntryError,
} from './importDirectory.ts'
import type { UnixfsProfile } from './profileOptions.ts'
import { readBlock } from './readBlock.ts'
import { collect } from './test/collect.ts'
import { deterministicBytes, deterministicNames } from './test/deterministicBytes.ts'
import { type TreeSpec, tempTree } from './test/tempTree.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function tree(spec: TreeSpec) {
  const created = await tempTree(spec)
  cleanups.push(created.remove)
  return created.path
}

async function cidOf(path: string, profile?: UnixfsProfile) {
  return (await importDirectory(path, { blockstore: new MemoryBlockstore(), profile })).toString()
}

async function rawCid(bytes: Uint8Array) {
  return CID.createV1(raw.code, await sha256.digest(bytes)).toString()
}

describe('importDirectory: known CIDs', () => {
  it('gives the well-known CIDs of an empty folder under both profiles', async () => {
    const empty = await tree({})
    expect(await cidOf(empty, 'unixfs-v0-2015')).toBe('QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn')
    expect(await cidOf(empty, 'unixfs-v1-2025')).toBe(
      'bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354',
    )
  })

  it('defaults to unixfs-v1-2025', async () => {
    expect(await cidOf(await tree({}))).toBe('bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354')
  })

  it('gives a small file under v1 the raw CID of its bytes, and kubo’s "hello world" CIDs', async () => {
    const path = join(await tree({ 'hello.txt': 'hello world' }), 'hello.txt')
    const v1 = await cidOf(path, 'unixfs-v1-2025')
    expect(v1).toBe(await rawCid(new TextEncoder().encode('hello world')))
    // kubo test/cli/cid_profiles_test.go SmallFileCID for both profiles.
    expect(v1).toBe('bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e')
    expect(await cidOf(path, 'unixfs-v0-2015')).toBe('Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD')
  })

  it('gives kubo’s CIDs for an empty file', async () => {
    const path = join(await tree({ empty: '' }), 'empty')
    expect(await cidOf(path, 'unixfs-v1-2025')).toBe(await rawCid(new Uint8Array()))
    expect(await cidOf(path, 'unixfs-v0-2015')).toBe('QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH')
  })

  it('keeps a file of exactly 1 MiB in one raw block under v1 (kubo vector)', async () => {
    const path = join(await tree({ f: deterministicBytes(1_048_576, 'chunk-v1-seed') }), 'f')
    expect(await cidOf(path)).toBe('bafkreiacndfy443ter6qr2tmbbdhadvxxheowwf75s6zehscklu6ezxmta')
  })

  it('splits 1 MiB + 1 byte under v1 into a dag-pb root with 2 raw leaves (kubo vector)', async () => {
    const bytes = deterministicBytes(1_048_577, 'chunk-v1-seed')
    const path = join(await tree({ f: bytes }), 'f')
    const blockstore = new MemoryBlockstore()
    const root = await importDirectory(path, { blockstore })
    expect(root.toString()).toBe('bafybeigmix7t42i6jacydtquhet7srwvgpizfg7gjbq7627d35mjomtu64')
    expect(root.code).toBe(dagPb.code)
    const links = dagPb.decode(await readBlock(blockstore, root)).Links
    expect(links.map((link) => link.Hash.code)).toEqual([raw.code, raw.code])
    expect(links[0]?.Hash.toString()).toBe(await rawCid(bytes.subarray(0, 1_048_576)))
    expect(links[1]?.Hash.toString()).toBe(await rawCid(bytes.subarray(1_048_576)))
  })

  it('chunks at 256 KiB with dag-pb leaves under v0 (kubo vectors)', async () => {
    const dir = await tree({
      at: deterministicBytes(262_144, 'chunk-v0-seed'),
      over: deterministicBytes(262_145, 'chunk-v0-seed'),
    })
    expect(await cidOf(join(dir, 'at'), 'unixfs-v0-2015')).toBe(
      'QmWmRj3dFDZdb6ABvbmKhEL6TmPbAfBZ1t5BxsEyJrcZhE',
    )
    expect(await cidOf(join(dir, 'over'), 'unixfs-v0-2015')).toBe(
      'QmYyLxtzZyW22zpoVAtKANLRHpDjZtNeDjQdJrcQNWoRkJ',
    )
  })

  it('caps v0 file nodes at 174 links: 175 chunks rebalance like kubo', async () => {
    // Without an explicit 174-link layout, @helia/unixfs's 1024-link default gives another CID.
    const path = join(await tree({ f: deterministicBytes(175 * 262_144, 'v0-seed') }), 'f')
    expect(await cidOf(path, 'unixfs-v0-2015')).toBe('QmepeWtdmS1hHXx1oZXsPUv6bMrfRRKfZcoPPU4eEfjnbf')
  })

  it('switches a v1 folder to a HAMT one byte over 256 KiB of block, like kubo', async () => {
    const files = (names: string[]): TreeSpec => Object.fromEntries(names.map((name) => [name, 'x']))
    const basic = await tree(files(deterministicNames(4766, 11, 21, 'hamt-unixfs-v1-2025')))
    const hamt = await tree(files(deterministicNames(4766, 11, 22, 'hamt-unixfs-v1-2025')))
    expect(await cidOf(basic)).toBe('bafybeic3h7rwruealwxkacabdy45jivq2crwz6bufb5ljwupn36gicplx4')
    expect(await cidOf(hamt)).toBe('bafybeiegvuterwurhdtkikfhbxcldohmxp566vpjdofhzmnhv6o4freidu')
  })

  it('switches a v0 folder to a HAMT by link bytes, like kubo', async () => {
    const files = (names: string[]): TreeSpec => Object.fromEntries(names.map((name) => [name, 'x']))
    const hamt = await tree(files(deterministicNames(4033, 31, 31, 'hamt-unixfs-v0-2015')))
    expect(await cidOf(hamt, 'unixfs-v0-2015')).toBe('QmeMiJzmhpJAUgynAcxTQYek5PPKgdv3qEvFsdV3XpVnvP')
  })
})

describe('importDirectory: what goes in', () => {
  it('keeps empty folders', async () => {
    const without = await tree({ 'a.txt': 'a' })
    const withEmpty = await tree({ 'a.txt': 'a', empty: null })
    expect(await cidOf(withEmpty)).not.toBe(await cidOf(without))

    const blockstore = new MemoryBlockstore()
    const root = await importDirectory(withEmpty, { blockstore })
    const names = await collect(unixfs({ blockstore }).ls(root), (entry) => entry.name)
    expect(names).toEqual(['a.txt', 'empty'])
  })

  it('keeps hidden files and folders', async () => {
    const plain = await tree({ 'index.html': 'hi' })
    const hidden = await tree({ 'index.html': 'hi', '.well-known/security.txt': 'x', '.nojekyll': '' })
    expect(await cidOf(hidden)).not.toBe(await cidOf(plain))

    const blockstore = new MemoryBlockstore()
    const root = await importDirectory(hidden, { blockstore })
    const fs = unixfs({ blockstore })
    expect(await collect(fs.ls(root), (entry) => entry.name)).toEqual([
      '.nojekyll',
      '.well-known',
      'index.html',
    ])
    const text = Buffer.concat(await collect(fs.cat(root, { path: '.well-known/security.txt' }))).toString()
    expect(text).toBe('x')
  })

  it('stores neither mode nor mtime, as kubo does by default', async () => {
    const dir = await tree({ 'a/b.txt': 'b', 'c.sh': 'echo' })
    const before = await cidOf(dir)
    await chmod(join(dir, 'c.sh'), 0o755)
    await chmod(join(dir, 'a'), 0o700)
    await utimes(join(dir, 'a/b.txt'), new Date('2001-01-01'), new Date('2001-01-01'))
    expect(await cidOf(dir)).toBe(before)
  })

  it('gives the same CID for the same tree wherever and in whatever order it was written', async () => {
    const first = await tree({
      'b/z.txt': 'z',
      'a.txt': 'a',
      'b/y.txt': 'y',
      'c/': null,
      'é.txt': 'e',
      'Z.txt': 'Z',
    })
    const second = await tree({
      'Z.txt': 'Z',
      'é.txt': 'e',
      'c/': null,
      'b/y.txt': 'y',
      'a.txt': 'a',
      'b/z.txt': 'z',
    })
    expect(first).not.toBe(second)
    expect(await cidOf(first)).toBe(await cidOf(second))
    expect(await cidOf(first, 'unixfs-v0-2015')).toBe(await cidOf(second, 'unixfs-v0-2015'))
  })

  it('refuses a symlink inside the tree, naming it', async () => {
    const dir = await tree({ 'docs/real.txt': 'real' })
    await symlink(join(dir, 'docs/real.txt'), join(dir, 'docs/link.txt'))
    const error = await importDirectory(dir, { blockstore: new MemoryBlockstore() }).catch((caught) => caught)
    expect(error).toBeInstanceOf(SymlinkRefusedError)
    expect(error.path).toBe(join(dir, 'docs/link.txt'))
    expect(error.message).toContain(join(dir, 'docs/link.txt'))
  })

  it('refuses a symlinked folder and a symlink given as the path itself', async () => {
    const dir = await tree({ 'real/a.txt': 'a' })
    await symlink(join(dir, 'real'), join(dir, 'alias'))
    await expect(
      importDirectory(join(dir, 'alias'), { blockstore: new MemoryBlockstore() }),
    ).rejects.toBeInstanceOf(SymlinkRefusedError)
    await expect(importDirectory(dir, { blockstore: new MemoryBlockstore() })).rejects.toBeInstanceOf(
      SymlinkRefusedError,
    )
  })

  it.skipIf(process.platform === 'win32')('refuses a FIFO and a name the importer would split', async () => {
    const withFifo = await tree({ 'a.txt': 'a' })
    execFileSync('mkfifo', [join(withFifo, 'pipe')])
    const error = await importDirectory(withFifo, { blockstore: new MemoryBlockstore() }).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(UnsupportedEntryError)
    expect(error.path).toBe(join(withFifo, 'pipe'))

    const backslash = await tree({ 'dir\\/a.txt': 'a' })
    await expect(importDirectory(backslash, { blockstore: new MemoryBlockstore() })).rejects.toBeInstanceOf(
      UnsupportedEntryError,
    )
  })

  it('says what to do when the path does not exist', async () => {
    const dir = await tree({})
    const error = await importDirectory(join(dir, 'dist'), { blockstore: new MemoryBlockstore() }).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(ImportSourceNotFoundError)
    expect(error.message).toContain('npm run build')
  })

  it('streams a file larger than one chunk into the blockstore without changing its bytes', async () => {
    const bytes = deterministicBytes(3 * 1_048_576 + 7, 'stream')
    const dir = await tree({})
    await mkdir(join(dir, 'd'))
    await writeFile(join(dir, 'd/big.bin'), bytes)
    const blockstore = new MemoryBlockstore()
    const root = await importDirectory(dir, { blockstore })
    const back = Buffer.concat(await collect(unixfs({ blockstore }).cat(root, { path: 'd/big.bin' })))
    expect(back.equals(bytes)).toBe(true)
  })
})
