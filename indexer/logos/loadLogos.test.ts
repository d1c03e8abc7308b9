import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadLogos } from './loadLogos.ts'
import { monogramSvg } from './monogramSvg.ts'

const clean =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path fill="#ff007a" d="M0 0h10v10H0z"/></svg>'
const hostile =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><path d="M0 0h10v10H0z"/></svg>'

let root: string
let logosDir: string
const deps = () => ({ logosDir, readFile, readdir })

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-logos-'))
  logosDir = join(root, 'registry', 'logos')
  await mkdir(logosDir, { recursive: true })
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('loadLogos', () => {
  it('serves clean files, draws monograms for projects without a logo, and reports nothing', async () => {
    await writeFile(join(logosDir, 'uniswap.svg'), clean)
    await writeFile(join(logosDir, '.gitkeep'), '')
    const { logos, problems } = await loadLogos(deps(), [
      { slug: 'uniswap', name: 'Uniswap', logo: 'uniswap.svg' },
      { slug: 'aave', name: 'Aave' },
    ])
    expect(problems).toEqual([])
    expect(logos.get('uniswap')).toEqual({ kind: 'file', svg: expect.stringContaining('#ff007a') })
    expect(logos.get('aave')).toEqual({ kind: 'monogram', svg: monogramSvg('Aave', 'aave') })
  })

  it('warns about a logo the sanitizer had to change, naming what it removed, and serves the safe version', async () => {
    await writeFile(join(logosDir, 'evil.svg'), hostile)
    const { logos, problems } = await loadLogos(deps(), [{ slug: 'evil', name: 'Evil', logo: 'evil.svg' }])
    expect(problems).toEqual([
      {
        slug: 'evil',
        file: 'registry/logos/evil.svg',
        severity: 'warning',
        message: 'sanitizing changed the logo; removed: onload attribute on <svg>; <script> element',
        fix: 'remove the listed parts from the SVG',
      },
    ])
    const logo = logos.get('evil')
    expect(logo?.kind).toBe('file')
    expect(logo?.svg).not.toMatch(/script|onload/)
  })

  it('reports a missing file and an invalid SVG as errors and falls back to monograms', async () => {
    await writeFile(join(logosDir, 'broken.svg'), 'not an svg at all')
    await writeFile(
      join(logosDir, 'bomb.svg'),
      '<!DOCTYPE svg [<!ENTITY a "aa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    )
    const { logos, problems } = await loadLogos(deps(), [
      { slug: 'ghost', name: 'Ghost', logo: 'ghost.svg' },
      { slug: 'broken', name: 'Broken', logo: 'broken.svg' },
      { slug: 'bomb', name: 'Bomb', logo: 'bomb.svg' },
    ])
    expect(problems.map(({ slug, file, severity }) => ({ slug, file, severity }))).toEqual([
      { slug: 'bomb', file: 'registry/logos/bomb.svg', severity: 'error' },
      { slug: 'broken', file: 'registry/logos/broken.svg', severity: 'error' },
      { slug: 'ghost', file: 'registry/logos/ghost.svg', severity: 'error' },
    ])
    expect(problems[0]?.message).toMatch(/declares XML entities/)
    expect(problems[1]?.message).toMatch(/does not parse as SVG/)
    expect(problems[1]?.fix).toMatch(/re-export/)
    expect(problems[2]).toMatchObject({
      message: 'logo file does not exist',
      fix: expect.stringContaining('registry/logos/ghost.svg'),
    })
    for (const slug of ['ghost', 'broken', 'bomb']) expect(logos.get(slug)?.kind).toBe('monogram')
  })

  it('refuses a logo name that points outside the logos folder', async () => {
    await writeFile(join(root, 'secret.svg'), clean)
    const { logos, problems } = await loadLogos(deps(), [
      { slug: 'sneaky', name: 'Sneaky', logo: '../../secret.svg' },
    ])
    expect(problems).toMatchObject([
      { slug: 'sneaky', severity: 'error', message: '"../../secret.svg" is not a file name' },
    ])
    expect(logos.get('sneaky')?.kind).toBe('monogram')
  })

  it('warns about logo files no project uses, and shares one file between projects', async () => {
    await writeFile(join(logosDir, 'shared.svg'), clean)
    await writeFile(join(logosDir, 'orphan.svg'), clean)
    const { logos, problems } = await loadLogos(deps(), [
      { slug: 'a', name: 'A', logo: 'shared.svg' },
      { slug: 'b', name: 'B', logo: 'shared.svg' },
    ])
    expect(problems).toEqual([
      {
        slug: null,
        file: 'registry/logos/orphan.svg',
        severity: 'warning',
        message: 'no project uses this logo file',
        fix: 'set `logo: orphan.svg` in the project it belongs to, or delete the file',
      },
    ])
    expect(logos.get('a')).toEqual(logos.get('b'))
  })

  it('treats a missing logos folder as empty', async () => {
    await rm(logosDir, { recursive: true })
    const { logos, problems } = await loadLogos(deps(), [
      { slug: 'x', name: 'X', logo: 'x.svg' },
      { slug: 'y', name: 'Y' },
    ])
    expect(problems).toMatchObject([{ slug: 'x', severity: 'error', message: 'logo file does not exist' }])
    expect(logos.get('y')?.kind).toBe('monogram')
  })
})
