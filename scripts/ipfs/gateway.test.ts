import { CarReader } from '@ipld/car/reader'
import { MemoryBlockstore } from 'blockstore-core'
import { base36 } from 'multiformats/bases/base36'
import type { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../serve/startHttpServer.ts'
import { request } from '../serve/test/request.ts'
import { startGateway } from './gateway.ts'
import { importDirectory } from './importDirectory.ts'
import { readBlock } from './readBlock.ts'
import { collect } from './test/collect.ts'
import { deterministicBytes } from './test/deterministicBytes.ts'
import { tempTree } from './test/tempTree.ts'
import { walkDag } from './walkDag.ts'

const big = deterministicBytes(1_048_576 + 10, 'gateway')
const site = {
  'index.html': '<h1>home</h1>',
  'style.css': 'body{}',
  'app.mjs': 'export {}',
  'data.json': '{}',
  'logo.svg': '<svg/>',
  'font.woff2': 'w',
  'blob.unknownext': 'b',
  'big.bin': big,
  'ipfs-404.html': 'root 404',
  '.well-known/security.txt': 'contact',
  'docs/index.html': '<h1>docs</h1>',
  'docs/ipfs-404.html': 'docs 404',
  'docs/nested/deep/page.html': 'deep',
  'files/<script>.txt': 'x',
  'files/sub/a.txt': 'a',
  'files/empty': null,
}

let gateway: RunningServer
let root: CID
let bare: CID
let blockstore: MemoryBlockstore

beforeAll(async () => {
  blockstore = new MemoryBlockstore()
  const withPages = await tempTree(site)
  const without404 = await tempTree({ 'index.html': 'plain', 'docs/a.txt': 'a' })
  root = await importDirectory(withPages.path, { blockstore })
  bare = await importDirectory(without404.path, { blockstore })
  await withPages.remove()
  await without404.remove()
  gateway = await startGateway({ blockstore })
})
afterAll(() => gateway.close())

const get = (path: string, headers: Record<string, string> = {}) => request(gateway.url, path, { headers })

describe('startGateway: path mode', () => {
  it('listens on loopback and a free port by default', () => {
    expect(gateway.url).toBe(`http://127.0.0.1:${gateway.port}`)
    expect(gateway.port).toBeGreaterThan(0)
  })

  it('serves a folder’s index.html', async () => {
    const response = await get(`/ipfs/${root}/`)
    expect(response.status).toBe(200)
    expect(response.text).toBe('<h1>home</h1>')
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    const docs = await get(`/ipfs/${root}/docs/`)
    expect(docs.text).toBe('<h1>docs</h1>')
  })

  it('redirects a folder without a trailing slash, keeping the query', async () => {
    expect(await get(`/ipfs/${root}`)).toMatchObject({ status: 301, headers: { location: `/ipfs/${root}/` } })
    const docs = await get(`/ipfs/${root}/docs?lang=en`)
    expect(docs.status).toBe(301)
    expect(docs.headers.location).toBe(`/ipfs/${root}/docs/?lang=en`)
  })

  it('sends a content type from the extension, octet-stream when unknown', async () => {
    const types: Record<string, string> = {
      'style.css': 'text/css; charset=utf-8',
      'app.mjs': 'text/javascript; charset=utf-8',
      'data.json': 'application/json',
      'logo.svg': 'image/svg+xml',
      'font.woff2': 'font/woff2',
      '.well-known/security.txt': 'text/plain; charset=utf-8',
      'blob.unknownext': 'application/octet-stream',
    }
    for (const [path, type] of Object.entries(types)) {
      const response = await get(`/ipfs/${root}/${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers['content-type'], path).toBe(type)
      expect(response.headers['x-content-type-options'], path).toBe('nosniff')
    }
  })

  it('streams a multi-block file intact with its length', async () => {
    const response = await get(`/ipfs/${root}/big.bin`)
    expect(response.headers['content-length']).toBe(String(big.byteLength))
    expect(response.body.equals(big)).toBe(true)
  })

  it('lists a folder without index.html, names escaped', async () => {
    const response = await get(`/ipfs/${root}/files/`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.text).toContain('&lt;script&gt;.txt')
    expect(response.text).not.toContain('<script>')
    expect(response.text).toContain('href="sub/"')
    expect(response.text).toContain('href="empty/"')
    expect(response.text).toContain('href="../"')
  })

  it('serves the nearest ipfs-404.html, walking up from a nested missing path, with status 404', async () => {
    const nested = await get(`/ipfs/${root}/docs/nested/deep/missing.html`, { accept: 'text/html' })
    expect(nested.status).toBe(404)
    expect(nested.text).toBe('docs 404')
    expect(nested.headers['content-type']).toBe('text/html; charset=utf-8')
    const top = await get(`/ipfs/${root}/nope/nope`, { accept: '*/*' })
    expect(top.status).toBe(404)
    expect(top.text).toBe('root 404')
  })

  it('sends a plain 404 when the client does not accept HTML or there is no ipfs-404.html', async () => {
    const json = await get(`/ipfs/${root}/nope`, { accept: 'application/json' })
    expect(json.status).toBe(404)
    expect(json.text).not.toContain('root 404')
    const plain = await get(`/ipfs/${bare}/docs/missing`, { accept: 'text/html' })
    expect(plain.status).toBe(404)
    expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('answers 404 at once for a CID that is not in the blockstore, and 400 for a bad CID', async () => {
    const unknown = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
    const started = Date.now()
    expect((await get(`/ipfs/${unknown}/`)).status).toBe(404)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect((await get('/ipfs/not-a-cid/')).status).toBe(400)
  })

  it('answers HEAD with headers only, refuses other methods, and honours If-None-Match', async () => {
    const head = await request(gateway.url, `/ipfs/${root}/big.bin`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(big.byteLength))
    expect(head.body.byteLength).toBe(0)
    const post = await request(gateway.url, `/ipfs/${root}/`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
    const etag = String((await get(`/ipfs/${root}/style.css`)).headers.etag)
    expect((await get(`/ipfs/${root}/style.css`, { 'if-none-match': etag })).status).toBe(304)
  })
})

describe('startGateway: subdomain mode', () => {
  const host = () => `${root}.ipfs.localhost:${gateway.port}`

  it('serves the DAG at the host’s CID, the URL path being the path inside it', async () => {
    const home = await get('/', { host: host() })
    expect(home.status).toBe(200)
    expect(home.text).toBe('<h1>home</h1>')
    const css = await get('/style.css', { host: host() })
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect((await get('/docs/', { host: host() })).text).toBe('<h1>docs</h1>')
  })

  it('redirects folders to the trailing slash without an /ipfs/ prefix', async () => {
    const response = await get('/docs', { host: host() })
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe('/docs/')
  })

  it('serves ipfs-404.html from the nearest folder', async () => {
    const response = await get('/docs/nested/gone', { host: host(), accept: 'text/html' })
    expect(response.status).toBe(404)
    expect(response.text).toBe('docs 404')
  })

  it('redirects other encodings to base32 and refuses a lower-cased CIDv0', async () => {
    const k = root.toString(base36)
    const moved = await get('/docs/?x=1', { host: `${k}.ipfs.localhost:${gateway.port}` })
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe(`http://${root}.ipfs.localhost:${gateway.port}/docs/?x=1`)
    const v0 = root.toV0().toString().toLowerCase()
    expect((await get('/', { host: `${v0}.ipfs.localhost:${gateway.port}` })).status).toBe(400)
  })
})

describe('startGateway: trustless responses', () => {
  async function verifyCar(body: Buffer, expectedRoot: CID) {
    const reader = await CarReader.fromBytes(body)
    expect((await reader.getRoots()).map(String)).toEqual([expectedRoot.toString()])
    const cids: string[] = []
    for await (const { cid, bytes } of reader.blocks()) {
      expect(Buffer.from((await sha256.digest(bytes)).digest).equals(Buffer.from(cid.multihash.digest))).toBe(
        true,
      )
      cids.push(cid.toString())
    }
    return cids
  }

  it('serves the whole DAG as a CAR for ?format=car', async () => {
    const response = await get(`/ipfs/${root}?format=car`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/vnd.ipld.car; version=1; order=dfs; dups=n')
    const cids = await verifyCar(response.body, root)
    expect(cids).toEqual(await collect(walkDag(blockstore, root), (block) => block.cid.toString()))
  })

  it('serves the CAR for Accept: application/vnd.ipld.car, in subdomain mode too', async () => {
    const response = await get('/', {
      host: `${root}.ipfs.localhost:${gateway.port}`,
      accept: 'application/vnd.ipld.car',
    })
    expect(response.status).toBe(200)
    await verifyCar(response.body, root)
  })

  it('refuses a CAR for a sub-path with a hint', async () => {
    const response = await get(`/ipfs/${root}/docs/?format=car`)
    expect(response.status).toBe(400)
    expect(response.text).toContain('?format=car')
  })

  it('serves one block for ?format=raw or Accept: application/vnd.ipld.raw', async () => {
    const response = await get(`/ipfs/${root}?format=raw`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/vnd.ipld.raw')
    expect(response.body.equals(Buffer.from(await readBlock(blockstore, root)))).toBe(true)

    const file = await get(`/ipfs/${root}/style.css`, { accept: 'application/vnd.ipld.raw' })
    expect(file.text).toBe('body{}')
  })

  it('refuses unknown formats', async () => {
    expect((await get(`/ipfs/${root}?format=tar`)).status).toBe(400)
  })
})
