import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listFiles, relativizeDir, relativizeFile } from './relativizeDir.ts'

let dir: string
const write = async (path: string, text: string) => {
  await mkdir(join(dir, path, '..'), { recursive: true })
  await writeFile(join(dir, path), text)
}
const read = (path: string) => readFile(join(dir, path), 'utf8')

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relativize-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('relativizeDir', () => {
  it('rewrites a built site in place, each file relative to its own folder, and is idempotent', async () => {
    await write('index.html', '<link rel="stylesheet" href="/_astro/a.css"><a href="/projects/x/">x</a>')
    await write(
      'projects/x/index.html',
      '<script type="module" src="/_astro/m.js"></script><a href="/">home</a>',
    )
    await write('_astro/a.css', '.a{background:url(/_astro/bg.png)}')
    await write('_astro/m.js', 'import{a}from"/_astro/chunk.js";')
    await write('_astro/chunk.js', 'export const a=1')
    await write('_astro/bg.png', 'not really a png, never read')

    const first = await relativizeDir(dir)
    expect(first).toEqual({
      changed: ['_astro/a.css', '_astro/m.js', 'index.html', 'projects/x/index.html'],
      checked: ['_astro/a.css', '_astro/chunk.js', '_astro/m.js', 'index.html', 'projects/x/index.html'],
      problems: [],
    })
    expect(await read('index.html')).toBe(
      '<link rel="stylesheet" href="_astro/a.css"><a href="projects/x/">x</a>',
    )
    expect(await read('projects/x/index.html')).toBe(
      '<script type="module" src="../../_astro/m.js"></script><a href="../../">home</a>',
    )
    expect(await read('_astro/a.css')).toBe('.a{background:url(bg.png)}')
    expect(await read('_astro/m.js')).toBe('import{a}from"./chunk.js";')
    expect((await relativizeDir(dir)).changed).toEqual([])
  })

  it('reports every file and URL it could not fix', async () => {
    await write('a/index.html', '<script src="//cdn.example/x.js"></script>')
    await write('b.js', 'const u="/_astro/x.png"')
    const { problems } = await relativizeDir(dir)
    expect(problems.map((problem) => [problem.file, problem.url])).toEqual([
      ['a/index.html', '//cdn.example/x.js'],
      ['b.js', '/_astro/x.png'],
    ])
  })

  it('lists files recursively in a stable order and ignores other file types', async () => {
    await write('z.txt', '/x')
    await write('a/b/c.html', '')
    await write('a/a.css', '')
    expect(await listFiles(dir)).toEqual(['a/a.css', 'a/b/c.html', 'z.txt'])
    expect(relativizeFile('z.txt', '/x')).toBeUndefined()
    expect(relativizeFile('x.mjs', 'import"/a.js"')?.output).toBe('import"./a.js"')
  })

  it('gives the same files and the same report when the work is shared among threads', {
    timeout: 60_000,
  }, async () => {
    // Enough files for three workers; every 7th page has a URL that cannot stay.
    for (let page = 0; page < 1600; page++) {
      const bad = page % 7 === 0 ? `<img src="//cdn.example/${page}.png">` : ''
      await write(`p/${page}/index.html`, `<a href="/p/${(page + 1) % 1600}/">next</a>${bad}`)
    }
    const copy = `${dir}-copy`
    await cp(dir, copy, { recursive: true })
    try {
      const alone = await relativizeDir(copy, { workers: 1 })
      const shared = await relativizeDir(dir, { workers: 3 })
      expect(shared).toEqual(alone)
      expect(shared.changed).toHaveLength(1600)
      expect(shared.problems).toHaveLength(229)
      expect(await read('p/1599/index.html')).toBe('<a href="../0/">next</a>')
      for (const file of ['p/0/index.html', 'p/777/index.html', 'p/1598/index.html'])
        expect(await read(file)).toBe(await readFile(join(copy, file), 'utf8'))
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })
})
