import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtlasRoot } from '../../lib/test/writeAtlasRoot.ts'
import { loadProjectFiles, type ProjectFiles } from './projectFiles.ts'
import { writeProjectFiles } from './writeProjectFiles.ts'

// A real registry in a temporary folder, read by the real validator, logo sanitizer and card renderer.
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#ff007a"/></svg>`
const registryFiles: Record<string, string> = {
  'registry/categories.yaml': `categories:
  - { id: layer-1, name: Layer 1 chains, description: Chains. }
  - { id: dex, name: Decentralized exchanges, description: Swaps. }
`,
  'registry/chains.yaml': `chains:
  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }
`,
  'registry/projects/ethereum.yaml': `name: Ethereum
description: A chain.
category: layer-1
website: https://ethereum.org
sources: [https://ethereum.org]
`,
  'registry/projects/uniswap.yaml': `name: Uniswap
description: Swaps & pools.
category: dex
website: https://uniswap.org
logo: uniswap.svg
relations:
  - { type: built-on, target: ethereum }
sources: [https://uniswap.org]
`,
  'registry/logos/uniswap.svg': LOGO,
}

let root: string
let files: ProjectFiles
beforeAll(async () => {
  root = await writeAtlasRoot('atlas-project-files-', registryFiles)
  files = await loadProjectFiles(root)
}, 60_000)
afterAll(() => rm(root, { recursive: true, force: true }))

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('the project files', () => {
  it('list a logo, an Open Graph card and an API record for every project, in a stable order', () => {
    expect(files.paths).toEqual([
      'logos/ethereum.svg',
      'logos/uniswap.svg',
      'og/ethereum.png',
      'og/uniswap.png',
      'api/projects/ethereum.json',
      'api/projects/uniswap.json',
    ])
  })

  it('serve the sanitized logo file, or a monogram for a project without one', async () => {
    const logo = await files.contentOf('logos/uniswap.svg')
    expect(logo?.contentType).toBe('image/svg+xml')
    expect(logo?.body).toContain('#ff007a')
    expect(logo?.body).not.toMatch(/onload|script/)
    const monogram = String((await files.contentOf('logos/ethereum.svg'))?.body)
    expect(monogram).toMatch(/^<svg[^>]*>/)
    expect(monogram).toContain('>E<')
  })

  it('draw a 600×315 PNG card per project', async () => {
    const card = await files.contentOf('og/uniswap.png')
    expect(card?.contentType).toBe('image/png')
    const png = Buffer.from(card?.body as Uint8Array)
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 315])
  })

  it('publish each project with the relations pointing at it and the data licence', async () => {
    const record = JSON.parse(String((await files.contentOf('api/projects/ethereum.json'))?.body))
    expect(record.license.id).toBe('CC-BY-4.0')
    expect(record.project.slug).toBe('ethereum')
    expect(record.project.relatedFrom).toEqual([{ type: 'built-on', source: 'uniswap' }])
  })

  it('have no file for unknown projects, other extensions or paths outside their folders', async () => {
    for (const path of [
      'og/aave.png',
      'og/uniswap.svg',
      'logos/uniswap.png',
      'logos/../og/uniswap.png',
      'api/projects/uniswap.csv',
      'projects/uniswap.json',
      'og/uniswap.png/extra',
    ])
      expect(await files.contentOf(path), path).toBeUndefined()
  })

  it('are written to a folder byte for byte as served', async () => {
    const out = join(root, 'dist')
    expect(await writeProjectFiles(files, out)).toBe(6)
    expect((await readdir(join(out, 'og'))).sort()).toEqual(['ethereum.png', 'uniswap.png'])
    for (const path of files.paths) {
      const body = (await files.contentOf(path))?.body as Uint8Array | string
      expect(Buffer.compare(await readFile(join(out, path)), Buffer.from(body)), path).toBe(0)
    }
  })

  it('fail to write into a folder that cannot hold them, naming the path', async () => {
    const blocker = join(root, 'not-a-folder')
    await writeFile(blocker, 'a file')
    await expect(writeProjectFiles(files, blocker)).rejects.toThrow(/not-a-folder/)
  })
})
