// The registry diff of a pull request, against a real git repository: a first commit without a
// registry, a second one with it, then the working tree edited the way a contributor would.
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadRegistry } from '../../indexer/registry/loadRegistry.ts'
import { GitRefNotFoundError } from '../git/resolveRef.ts'
import { createTestRepo, type TestRepo } from '../git/test/testRepo.ts'
import { collectRegistryDiff, RegistryDiffSideInvalidError } from './collectRegistryDiff.ts'
import { diffRegistries, emptyRegistry } from './diffRegistries.ts'
import { renderRegistryDiff } from './renderRegistryDiff.ts'

const cli = fileURLToPath(new URL('../registry-diff.ts', import.meta.url))

const categories = `categories:
  - id: layer-1
    name: Layer 1 chains
    description: Blockchains that settle their own transactions.
  - id: dex
    name: Decentralized exchanges
    description: Protocols that swap tokens on chain.
  - id: wallet
    name: Wallets
    description: Apps that hold keys.
`
const chains = `chains:
  - id: ethereum
    chainId: 1
    name: Ethereum
    explorer: https://etherscan.io/address/{address}
    rpcEnv: RPC_URL_ETHEREUM
`
const ethereum = `name: Ethereum
description: A programmable blockchain.
category: layer-1
website: https://ethereum.org
chains: [ethereum]
sources: [https://ethereum.org]
`
const uniswap = `name: Uniswap
description: An automated market maker.
category: dex
website: https://uniswap.org
chains: [ethereum]
sources:
  - https://uniswap.org
`
const metamask = `name: MetaMask
description: A wallet.
category: wallet
website: https://metamask.io
sources: [https://metamask.io]
`

let repo: TestRepo
const write = (file: string, text: string) => writeFile(join(repo.path, file), text)
const diff = (base: string) => collectRegistryDiff({ git: repo.git, base, rootDir: repo.path })

beforeAll(async () => {
  repo = await createTestRepo()
  await repo.add('README.md', '# before the registry\n')
  await repo.commit('🎉 begin')
  await repo.add('registry/categories.yaml', categories)
  await repo.add('registry/chains.yaml', chains)
  await repo.add('registry/projects/ethereum.yaml', ethereum)
  await repo.add('registry/projects/uniswap.yaml', uniswap)
  await repo.add('registry/projects/metamask.yaml', metamask)
  await repo.commit('🗃️ add the registry')
})
afterAll(() => repo.remove())
// Each test starts from the committed registry.
beforeEach(async () => {
  await repo.git(['checkout', '--quiet', '--', '.'])
  await repo.git(['clean', '--quiet', '-fd'])
})

describe(collectRegistryDiff.name, () => {
  it('says so when the working tree changes nothing in the registry', async () => {
    await write('registry/projects/uniswap.yaml', `${uniswap}status: active\n# reformatted\n`)
    expect(renderRegistryDiff(await diff('main'), 'main')).toMatchInlineSnapshot(`
      "## Registry changes against \`main\`

      No registry change.
      "
    `)
  })

  it('lists added, removed and changed projects, categories and chains, field by field', async () => {
    await write(
      'registry/chains.yaml',
      `${chains}  - id: base
    chainId: 8453
    name: Base
    explorer: https://basescan.org/address/{address}
    rpcEnv: RPC_URL_BASE
`,
    )
    await write('registry/categories.yaml', categories.replace('Decentralized exchanges', 'DEXs'))
    await write(
      'registry/projects/uniswap.yaml',
      `name: Uniswap
description: |-
  An AMM for <script>alert(1)</script> *everyone*,
  run by @alice | see [docs](https://x.example) #1
category: dex
website: https://app.uniswap.org
ens: uniswap.eth
chains: [base, ethereum]
relations:
  - type: built-on
    target: ethereum
sources:
  - https://app.uniswap.org
`,
    )
    await rm(join(repo.path, 'registry/projects/metamask.yaml'))
    await write(
      'registry/projects/evil-swap.yaml',
      `name: <img src=x onerror=alert(1)> Evil_Swap
description: A fork.
category: dex
website: https://evil.example
relations: [{ type: fork-of, target: uniswap }]
sources: [https://evil.example]
`,
    )
    expect(renderRegistryDiff(await diff('main'), 'origin/main')).toMatchInlineSnapshot(`
      "## Registry changes against \`origin/main\`

      ### Projects added

      - \`evil-swap\` &lt;img src=x onerror=alert(1)&gt; Evil\\_Swap

      ### Projects removed

      - \`metamask\` MetaMask

      ### Projects changed

      #### \`uniswap\` Uniswap

      - **description**: An automated market maker. → An AMM for &lt;script&gt;alert(1)&lt;/script&gt; \\*everyone\\*, run by @​alice \\| see \\[docs\\](https://x.example) \\#1
      - **website**: https://uniswap.org → https://app.uniswap.org
      - **ens**: _(none)_ → uniswap.eth
      - **chains**: + base
      - **relations**: + built-on ethereum
      - **sources**: + https://app.uniswap.org · − https://uniswap.org

      ### Categories changed

      #### \`dex\` DEXs

      - **name**: Decentralized exchanges → DEXs

      ### Chains added

      - \`base\` Base
      "
    `)
  })

  it('counts a base from before the registry as an empty registry', async () => {
    const result = await diff('main~1')
    expect(result.projects.added.map((project) => project.id)).toEqual(['ethereum', 'metamask', 'uniswap'])
    expect(result.categories.added).toHaveLength(3)
    expect(result.chains.added).toEqual([{ id: 'ethereum', name: 'Ethereum' }])
    const head = await loadRegistry(join(repo.path, 'registry'), repo.path)
    expect(result).toEqual(diffRegistries(emptyRegistry, head))
  })

  it('refuses a working tree the validator rejects, and an unknown base', async () => {
    await write('registry/projects/uniswap.yaml', uniswap.replace('category: dex', 'category: dexx'))
    await expect(diff('main')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [RegistryDiffSideInvalidError: The registry in the working tree has 1 error: no diff.

      registry/projects/uniswap.yaml:3:11  category  unknown category "dexx" → did you mean "dex"?

      Fix them first (\`npm run validate\` lists them for the working tree).]
    `)
    await expect(diff('no-such-branch')).rejects.toThrow(GitRefNotFoundError)
    await expect(diff('main')).rejects.toThrow(RegistryDiffSideInvalidError)
  })
})

describe('npm run registry:diff', () => {
  const run = (...args: string[]) => repo.run(process.execPath, [cli, ...args])

  it('prints the Markdown and exits 0; exits 1 without --base or with an unknown ref', async () => {
    await rm(join(repo.path, 'registry/projects/metamask.yaml'))
    expect(await run('--base', 'main')).toEqual({
      code: 0,
      stdout: '## Registry changes against `main`\n\n### Projects removed\n\n- `metamask` MetaMask\n',
      stderr: '',
    })
    expect(await run()).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Usage: npm run registry:diff'),
    })
    expect(await run('--base', 'nope')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No commit named "nope"'),
    })
  })
})
