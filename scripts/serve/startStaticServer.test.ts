import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './startHttpServer.ts'
import { StaticRootNotFoundError, startStaticServer } from './startStaticServer.ts'
import { request } from './test/request.ts'

let parent: string
let root: string
let server: RunningServer

async function write(path: string, contents: string) {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, contents)
}

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'atlas-static-'))
  root = join(parent, 'dist')
  await write(join(parent, 'secret.txt'), 'secret')
  await write(join(root, 'index.html'), '<h1>home</h1>')
  await write(join(root, '404.html'), 'custom 404')
  await write(join(root, 'docs/index.html'), '<h1>docs</h1>')
  await write(join(root, 'assets/app.js'), 'console.log(1)')
  await write(join(root, 'assets/style.css'), 'body{}')
  await write(join(root, 'caf\u00e9/index.html'), 'accent')
  await write(join(root, '.well-known/security.txt'), 'contact')
  await mkdir(join(root, 'noindex'))
  await symlink(join(parent, 'secret.txt'), join(root, 'leak.txt'))
  server = await startStaticServer({ root, port: 0 })
})
afterAll(async () => {
  await server?.close()
  await rm(parent, { recursive: true, force: true })
})

const get = (path: string, method = 'GET') => request(server.url, path, { method })

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
  })

  it('serves index.html for folders, with content types and nosniff', async () => {
    const home = await get('/')
    expect(home).toMatchObject({ status: 200, text: '<h1>home</h1>' })
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.headers['x-content-type-options']).toBe('nosniff')
    expect((await get('/docs/')).text).toBe('<h1>docs</h1>')
    expect((await get('/caf%C3%A9/')).text).toBe('accent')
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await get('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8')
    expect((await get('/.well-known/security.txt')).text).toBe('contact')
  })

  it('redirects a folder to its trailing-slash form, keeping the query', async () => {
    expect(await get('/docs')).toMatchObject({ status: 301, headers: { location: '/docs/' } })
    expect((await get('/docs?x=1')).headers.location).toBe('/docs/?x=1')
    // A leading "//" must not turn into a protocol-relative redirect to another host.
    expect((await get('//docs')).headers.location).toBe('/docs/')
  })

  it('serves 404.html with status 404 for misses and index-less folders', async () => {
    for (const path of ['/nope', '/docs/nope.html', '/noindex/', '/assets/app.js/']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.text, path).toBe('custom 404')
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8')
    }
  })

  it('refuses path traversal, plain or encoded', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/docs/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(400)
      expect(response.text, path).not.toContain('secret')
    }
  })

  it('does not follow a symlink out of the root', async () => {
    const response = await get('/leak.txt')
    expect(response.status).toBe(404)
    expect(response.text).not.toBe('secret')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/assets/app.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe('14')
    expect(head.body.byteLength).toBe(0)
    const post = await get('/', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })

  it('sends a plain 404 when the site has no 404.html', async () => {
    const bare = join(parent, 'bare')
    await write(join(bare, 'index.html'), 'bare')
    const other = await startStaticServer({ root: bare, port: 0 })
    try {
      const response = await request(other.url, '/missing')
      expect(response.status).toBe(404)
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8')
    } finally {
      await other.close()
    }
  })

  it('says to build first when the folder does not exist', async () => {
    const error = await startStaticServer({ root: join(parent, 'missing'), port: 0 }).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(StaticRootNotFoundError)
    expect(error.message).toContain('npm run build')
  })
})
