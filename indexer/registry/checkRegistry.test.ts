import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkRegistry } from './loadRegistry.ts'
import { formatProblem } from './Problem.ts'

let root: string | undefined
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

async function registryWith(projects: Record<string, string>, logos: Record<string, string> = {}) {
  root = await mkdtemp(join(tmpdir(), 'atlas-check-'))
  const registry = join(root, 'registry')
  await mkdir(join(registry, 'projects'), { recursive: true })
  await mkdir(join(registry, 'logos'))
  await writeFile(
    join(registry, 'categories.yaml'),
    'categories:\n  - { id: dex, name: DEXs, description: Swaps. }\n',
  )
  await writeFile(
    join(registry, 'chains.yaml'),
    "chains:\n  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM, multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11' }\n",
  )
  for (const [slug, text] of Object.entries(projects))
    await writeFile(join(registry, 'projects', `${slug}.yaml`), text)
  for (const [file, text] of Object.entries(logos)) await writeFile(join(registry, 'logos', file), text)
  return { registry, root }
}

const project = (name: string, extra = '') =>
  `name: ${name}\ndescription: Swaps.\ncategory: dex\nwebsite: https://${name.toLowerCase()}.example.org\n${extra}sources: [https://${name.toLowerCase()}.example.org]\n`

describe('checkRegistry on a registry folder', () => {
  it('reports a missing logo at the logo line of the project, and withholds the registry', async () => {
    const { registry, root } = await registryWith({ alpha: project('Alpha', 'logo: alpha.svg\n') })
    const result = await checkRegistry(registry, root)
    expect(result.registry).toBeUndefined()
    expect(result.problems.map(formatProblem)).toEqual([
      'registry/projects/alpha.yaml:5:1  logo  registry/logos/alpha.svg: logo file does not exist → add registry/logos/alpha.svg, or remove the `logo` field to use a monogram',
    ])
  })

  it('keeps the registry but warns about a logo sanitizing changed and a logo no project uses', async () => {
    const { registry, root } = await registryWith(
      { alpha: project('Alpha', 'logo: alpha.svg\n') },
      {
        'alpha.svg':
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onclick="steal()"><rect width="1" height="1"/></svg>',
        'orphan.svg':
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
      },
    )
    const result = await checkRegistry(registry, root)
    expect(result.registry?.projects.map((p) => p.slug)).toEqual(['alpha'])
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^registry\/logos\/alpha\.svg:1:1 {2}\(file\) {2}warning: sanitizing changed the logo; removed: onclick attribute on <svg>/,
      ),
      expect.stringMatching(
        /^registry\/logos\/orphan\.svg:1:1 {2}\(file\) {2}warning: no project uses this logo file/,
      ),
    ])
  })

  it('checks logos even when another file has errors, so one run shows everything', async () => {
    const { registry, root } = await registryWith({
      alpha: project('Alpha', 'logo: alpha.svg\n'),
      bravo: project('Bravo').replace('category: dex', 'category: dexx'),
    })
    const lines = (await checkRegistry(registry, root)).problems.map(formatProblem)
    expect(lines).toEqual([
      expect.stringMatching(
        /^registry\/projects\/alpha\.yaml:5:1 {2}logo {2}registry\/logos\/alpha\.svg: logo file does not exist/,
      ),
      'registry/projects/bravo.yaml:3:11  category  unknown category "dexx" → did you mean "dex"?',
    ])
  })
})
