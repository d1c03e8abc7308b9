import { describe, expect, it } from 'vitest'
import { formatGithubAnnotation, formatProblem } from './Problem.ts'
import { validateRegistry } from './validateRegistry.ts'

const categories = {
  path: 'registry/categories.yaml',
  text: 'categories:\n  - id: dex\n    name: DEXs\n    description: Swaps.\n  - id: layer-1\n    name: L1s\n    description: Chains.\n',
}
const chains = {
  path: 'registry/chains.yaml',
  text: [
    'chains:',
    '  - id: ethereum',
    '    chainId: 1',
    '    name: Ethereum',
    '    explorer: https://etherscan.io/address/{address}',
    '    rpcEnv: RPC_URL_ETHEREUM',
  ].join('\n'),
}
const ethereum = {
  path: 'registry/projects/ethereum.yaml',
  text: 'name: Ethereum\ndescription: A chain.\ncategory: layer-1\nwebsite: https://ethereum.org\nsources: [https://ethereum.org]\n',
}
const project = (slug: string, body: string) => ({ path: `registry/projects/${slug}.yaml`, text: body })
const validate = (...projects: Array<{ path: string; text: string }>) =>
  validateRegistry({ categories, chains, projects: [ethereum, ...projects] })
const lines = (...projects: Array<{ path: string; text: string }>) =>
  validate(...projects).problems.map(formatProblem)

const uniswap = [
  'name: Uniswap',
  'description: Swaps tokens.',
  'category: dex',
  'website: https://uniswap.org',
  'chains: [ethereum]',
  'tokens:',
  '  - chain: ethereum',
  "    address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'",
  '    symbol: UNI',
  '    source: https://etherscan.io/token/0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
  'relations:',
  '  - type: built-on',
  '    target: ethereum',
  'sources: [https://uniswap.org]',
].join('\n')

describe(validateRegistry.name, () => {
  it('accepts a valid registry and fills defaults', () => {
    const { registry, problems } = validate(project('uniswap', uniswap))
    expect(problems).toEqual([])
    expect(registry?.projects.map((p) => p.slug)).toEqual(['ethereum', 'uniswap'])
    expect(registry?.projects[1]).toMatchObject({ status: 'active', contracts: [], chains: ['ethereum'] })
  })

  it('names file, line, column and field for each schema and cross-file problem, all at once', () => {
    const broken = uniswap
      .replace('category: dex', 'category: dexs')
      .replace("'0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'", "'0x1f9840a85d5af5bf1D1762F925BDADdC4201F984'")
      .replace('website: https://uniswap.org', 'website: javascript:alert(1)\ncolour: pink')
    expect(lines(project('uniswap', broken))).toEqual([
      'registry/projects/uniswap.yaml:3:11  category  unknown category "dexs" → did you mean "dex"?',
      'registry/projects/uniswap.yaml:4:10  website  must be a full https:// URL, e.g. "https://example.org"',
      'registry/projects/uniswap.yaml:5:1  colour  unknown field → remove it or check its spelling against registry/README.md',
      'registry/projects/uniswap.yaml:9:14  tokens[0].address  fails the EIP-55 checksum; write it as 0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
    ])
  })

  it('suggests the closest category, chain and relation target', () => {
    const typos = uniswap
      .replace('category: dex', 'category: dexx')
      .replace('chains: [ethereum]', 'chains: [ethereun]')
      .replace('target: ethereum', 'target: etherium')
    expect(lines(project('uniswap', typos))).toEqual([
      'registry/projects/uniswap.yaml:3:11  category  unknown category "dexx" → did you mean "dex"?',
      'registry/projects/uniswap.yaml:5:10  chains[0]  unknown chain "ethereun" → did you mean "ethereum"?',
      'registry/projects/uniswap.yaml:13:13  relations[0].target  unknown project "etherium" → did you mean "ethereum"?',
    ])
  })

  it('reports a missing required field at its parent', () => {
    expect(
      lines(project('x', 'name: X\ncategory: dex\nwebsite: https://x.org\nsources: [https://x.org]\n')),
    ).toEqual([
      'registry/projects/x.yaml:1:1  description  required field is missing → add it (see registry/README.md)',
    ])
  })

  it('rejects self relations, shared websites and shared addresses', () => {
    const clone = uniswap
      .replace('name: Uniswap', 'name: Uniswap Clone')
      .replace('target: ethereum', 'target: uniswap-clone')
    expect(lines(project('uniswap', uniswap), project('uniswap-clone', clone))).toEqual([
      'registry/projects/uniswap-clone.yaml:1:7  name  warning: looks like a duplicate of registry/projects/uniswap.yaml (same website domain uniswap.org) → merge into it, or say how they differ in the description',
      'registry/projects/uniswap-clone.yaml:4:10  website  website uniswap.org is already used by project "uniswap" → is this a duplicate of it?',
      'registry/projects/uniswap-clone.yaml:8:14  tokens[0].address  address already listed by project "uniswap" → list each contract in one project only',
      'registry/projects/uniswap-clone.yaml:13:13  relations[0].target  a project cannot relate to itself → remove this relation',
    ])
  })

  it('rejects bad file names and case-insensitive duplicate slugs', () => {
    const result = validate(project('Ethereum', ethereum.text), project('my_project', uniswap))
    expect(result.registry).toBeUndefined()
    expect(result.problems.map(formatProblem)).toEqual([
      'registry/projects/Ethereum.yaml:1:1  (file)  file name "Ethereum.yaml" is not a valid slug → rename it, e.g. my-project.yaml',
      'registry/projects/my_project.yaml:1:1  (file)  file name "my_project.yaml" is not a valid slug → rename it, e.g. my-project.yaml',
    ])
  })

  it('refuses aliases, anchors, tags and prototype keys without evaluating them', () => {
    const hostile = 'name: &n X\ndescription: *n\ncategory: !!js/function dex\n__proto__: {polluted: true}\n'
    const problems = lines(project('hostile', hostile))
    expect(problems).toEqual([
      'registry/projects/hostile.yaml:1:7  (file)  YAML anchors (&name) are not allowed → remove the anchor',
      'registry/projects/hostile.yaml:2:14  (file)  YAML aliases (*name) are not allowed → write the value out in full',
      'registry/projects/hostile.yaml:3:11  (file)  YAML tags (tag:yaml.org,2002:js/function) are not allowed → remove the tag',
      'registry/projects/hostile.yaml:4:1  __proto__  this key name is not allowed → remove it',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports YAML syntax errors with their position', () => {
    expect(lines(project('bad', 'name: [unclosed\n'))[0]).toMatch(
      /^registry\/projects\/bad\.yaml:\d+:\d+ {2}\(file\) {2}YAML: /,
    )
  })

  it('refuses files over 64 KiB', () => {
    expect(lines(project('big', `name: X\ndescription: ${'a'.repeat(70_000)}\n`))).toEqual([
      'registry/projects/big.yaml:1:1  (file)  file is 70022 bytes, over the 65536-byte limit → shorten it',
    ])
  })

  it('reports duplicate chain ids and non-mapping files', () => {
    const doubled = { ...chains, text: `${chains.text}\n${chains.text.split('\n').slice(1).join('\n')}` }
    const result = validateRegistry({
      categories,
      chains: doubled,
      projects: [project('list', '- a\n- b\n')],
    })
    expect(result.problems.map(formatProblem)).toEqual([
      'registry/chains.yaml:7:9  chains[1].id  duplicate id "ethereum"',
      'registry/projects/list.yaml:1:1  (file)  the file must be a YAML mapping of field: value → see registry/README.md',
    ])
  })
})

const minimal = (name: string, website: string, extra = '') =>
  `name: ${name}\ndescription: A project.\ncategory: dex\nwebsite: ${website}\n${extra}sources: [${website}]\n`
const relations = (...pairs: Array<[string, string]>) =>
  `relations:\n${pairs.map(([type, target]) => `  - type: ${type}\n    target: ${target}\n`).join('')}`

describe(`${validateRegistry.name}: near duplicates`, () => {
  const fix = ' → merge into it, or say how they differ in the description'

  it('warns about a project on the same website domain, without withholding the registry', () => {
    const result = validate(
      project('uniswap', minimal('Uniswap', 'https://uniswap.org')),
      project('uniswap-v2', minimal('Uniswap V2 Pools', 'https://app.uniswap.org/v2')),
    )
    expect(result.problems.map(formatProblem)).toEqual([
      `registry/projects/uniswap-v2.yaml:1:7  name  warning: looks like a duplicate of registry/projects/uniswap.yaml (same website domain uniswap.org)${fix}`,
    ])
    expect(result.registry?.projects).toHaveLength(3)
  })

  it('warns about names equal once case, punctuation and words like "Protocol" or "DAO" are dropped', () => {
    expect(
      lines(
        project('aave', minimal('Aave', 'https://aave.com')),
        project('aave-dao', minimal('AAVE Protocol DAO', 'https://governance.example.org')),
      ),
    ).toEqual([
      `registry/projects/aave-dao.yaml:1:7  name  warning: looks like a duplicate of registry/projects/aave.yaml (same name "aave")${fix}`,
    ])
  })

  it('warns about names two edits apart only when both have at least 5 letters', () => {
    expect(
      lines(
        project('sushiswap', minimal('SushiSwap', 'https://sushi.com')),
        project('sushiswop', minimal('Sushi-Swop Finance', 'https://sushiswop.example.org')),
        project('base', minimal('Base', 'https://base.org')),
        project('safe', minimal('Safe', 'https://safe.global')),
      ),
    ).toEqual([
      `registry/projects/sushiswop.yaml:1:7  name  warning: looks like a duplicate of registry/projects/sushiswap.yaml (similar names "sushiswap" and "sushiswop")${fix}`,
    ])
  })

  it('warns about the same token address listed on another chain', () => {
    const token = (chain: string) =>
      `tokens:\n  - chain: ${chain}\n    address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'\n    symbol: UNI\n    source: https://etherscan.io/token/x\n`
    const twoChains = {
      ...chains,
      text: `${chains.text}\n  - id: base\n    chainId: 8453\n    name: Base\n    explorer: https://basescan.org/address/{address}\n    rpcEnv: RPC_URL_BASE\n`,
    }
    const result = validateRegistry({
      categories,
      chains: twoChains,
      projects: [
        project('alpha', minimal('Alpha Swap', 'https://alpha.example.org', token('ethereum'))),
        project('omega', minimal('Omega Bridge', 'https://omega.example.org', token('base'))),
      ],
    })
    expect(result.problems.map(formatProblem)).toEqual([
      `registry/projects/omega.yaml:1:7  name  warning: looks like a duplicate of registry/projects/alpha.yaml (same token address 0x1f9840a85d5af5bf1d1762f925bdaddc4201f984)${fix}`,
    ])
  })

  it('rejects the same ENS name in two projects', () => {
    const result = validate(
      project('alpha', minimal('Alpha Swap', 'https://alpha.example.org', 'ens: alpha.eth\n')),
      project('omega', minimal('Omega Bridge', 'https://omega.example.org', 'ens: alpha.eth\n')),
    )
    expect(result.registry).toBeUndefined()
    expect(result.problems.map(formatProblem)).toEqual([
      'registry/projects/omega.yaml:5:6  ens  ENS name alpha.eth is already used by project "alpha" → an ENS name belongs to one project; remove it from the one that does not own it',
    ])
  })
})

describe(`${validateRegistry.name}: relations`, () => {
  it('accepts governs and audited-by', () => {
    const result = validate(
      project(
        'alpha-dao',
        minimal('Alpha Council', 'https://dao.example.org', relations(['governs', 'alpha'])),
      ),
      project(
        'alpha',
        minimal('Alpha Swap', 'https://alpha.example.org', relations(['audited-by', 'omega'])),
      ),
      project('omega', minimal('Omega Audits', 'https://omega.example.org')),
    )
    expect(result.problems).toEqual([])
  })

  it('rejects a built-on cycle on the relation that closes it, naming the path', () => {
    expect(
      lines(
        project('alpha', minimal('Alpha Swap', 'https://alpha.example.org', relations(['built-on', 'beta']))),
        project('beta', minimal('Beta Chain', 'https://beta.example.org', relations(['built-on', 'gamma']))),
        project(
          'gamma',
          minimal('Gamma Rollup', 'https://gamma.example.org', relations(['built-on', 'alpha'])),
        ),
      ),
    ).toEqual([
      'registry/projects/gamma.yaml:7:13  relations[0].target  built-on relations form a cycle: alpha → beta → gamma → alpha → remove one of them; built-on cannot loop',
    ])
  })

  it('accepts a diamond of built-on relations, which shares a base but does not loop', () => {
    expect(
      lines(
        project(
          'alpha',
          minimal(
            'Alpha Swap',
            'https://alpha.example.org',
            relations(['built-on', 'beta'], ['built-on', 'gamma']),
          ),
        ),
        project(
          'beta',
          minimal('Beta Rollup', 'https://beta.example.org', relations(['built-on', 'ethereum'])),
        ),
        project(
          'gamma',
          minimal('Gamma Rollup', 'https://gamma.example.org', relations(['built-on', 'ethereum'])),
        ),
      ),
    ).toEqual([])
  })

  it('rejects fork-of and governs loops but allows loops of other types', () => {
    expect(
      lines(
        project(
          'alpha',
          minimal(
            'Alpha Swap',
            'https://alpha.example.org',
            relations(['fork-of', 'beta'], ['governs', 'beta'], ['integrates', 'beta']),
          ),
        ),
        project(
          'beta',
          minimal(
            'Beta Chain',
            'https://beta.example.org',
            relations(['fork-of', 'alpha'], ['governs', 'alpha'], ['integrates', 'alpha']),
          ),
        ),
      ),
    ).toEqual([
      'registry/projects/beta.yaml:7:13  relations[0].target  fork-of relations form a cycle: alpha → beta → alpha → remove one of them; fork-of cannot loop',
      'registry/projects/beta.yaml:9:13  relations[1].target  governs relations form a cycle: alpha → beta → alpha → remove one of them; governs cannot loop',
    ])
  })

  it('rejects the same relation listed twice', () => {
    expect(
      lines(
        project(
          'alpha',
          minimal(
            'Alpha Swap',
            'https://alpha.example.org',
            relations(['built-on', 'ethereum'], ['integrates', 'ethereum'], ['built-on', 'ethereum']),
          ),
        ),
      ),
    ).toEqual([
      'registry/projects/alpha.yaml:10:5  relations[2]  duplicate relation: built-on ethereum is already listed → remove this one',
    ])
  })
})

describe(formatGithubAnnotation.name, () => {
  it('escapes the message and names file, line and column', () => {
    const annotation = formatGithubAnnotation({
      file: 'registry/projects/a.yaml',
      line: 3,
      col: 5,
      field: 'tokens[0].address',
      message: 'bad: 100%\nreally',
      fix: 'fix it',
      severity: 'error',
    })
    expect(annotation).toBe(
      '::error file=registry/projects/a.yaml,line=3,col=5,title=tokens[0].address::bad: 100%25%0Areally → fix it',
    )
  })
})

describe(`${validateRegistry.name}: fields of a full entry`, () => {
  const withSubcategories = {
    path: 'registry/categories.yaml',
    text: [
      'categories:',
      '  - id: dex',
      '    name: DEXs',
      '    description: Swaps.',
      '    subcategories:',
      '      - { id: amm, name: Automated market makers }',
      '      - { id: aggregator, name: Aggregators }',
      '  - id: layer-1',
      '    name: L1s',
      '    description: Chains.',
    ].join('\n'),
  }
  const validateFull = (...projects: Array<{ path: string; text: string }>) =>
    validateRegistry({ categories: withSubcategories, chains, projects: [ethereum, ...projects] })

  it('accepts subcategory, tags, links, logo and a launch date, a bare year included', () => {
    const full = `${uniswap}\nsubcategory: amm\ntags: [amm, governance-token]\nlinks:\n  source: https://github.com/Uniswap\n  docs: https://docs.uniswap.org\nlogo: uniswap.svg\nlaunched: 2018\n`
    const { registry, problems } = validateFull(project('uniswap', full))
    expect(problems).toEqual([])
    expect(registry?.projects[1]).toMatchObject({
      subcategory: 'amm',
      tags: ['amm', 'governance-token'],
      links: { source: 'https://github.com/Uniswap', docs: 'https://docs.uniswap.org' },
      launched: '2018',
    })
  })

  it('rejects a subcategory that is not listed under the project category, suggesting the closest', () => {
    const { problems } = validateFull(project('uniswap', `${uniswap}\nsubcategory: amn\n`))
    expect(problems.map(formatProblem)).toEqual([
      'registry/projects/uniswap.yaml:15:14  subcategory  unknown subcategory "amn" for category "dex" → did you mean "amm"?',
    ])
    const layer1 = { ...ethereum, text: `${ethereum.text}subcategory: evm\n` }
    expect(
      validateRegistry({ categories: withSubcategories, chains, projects: [layer1] }).problems.map(
        formatProblem,
      ),
    ).toEqual([
      'registry/projects/ethereum.yaml:6:14  subcategory  unknown subcategory "evm" for category "layer-1" → category "layer-1" has no subcategories; remove it',
    ])
  })

  it('rejects a bad tag, a non-https link and an impossible date', () => {
    const broken = `${uniswap}\ntags: [AMM, amm]\nlinks:\n  source: http://github.com/Uniswap\nlaunched: '2018-02-30'\n`
    const { problems } = validateFull(project('uniswap', broken))
    expect(problems.map(formatProblem)).toEqual([
      'registry/projects/uniswap.yaml:15:8  tags[0]  use lowercase letters, digits and single hyphens, e.g. "zk-rollup"',
      'registry/projects/uniswap.yaml:17:11  links.source  must be a full https:// URL, e.g. "https://example.org"',
      'registry/projects/uniswap.yaml:18:11  launched  is not a real date',
    ])
  })

  it('suggests the closest allowed value for a misspelled status or contract role', () => {
    const broken = uniswap.replace(
      'tokens:',
      "status: sunsett\ncontracts:\n  - { chain: ethereum, address: '0x1F98431c8aD98523631AE4a59f267346ea31F984', label: Factory, role: factori, source: https://docs.uniswap.org }\ntokens:",
    )
    expect(lines(project('uniswap', broken))).toEqual([
      'registry/projects/uniswap.yaml:6:9  status  is not one of the allowed values → did you mean "sunset"?',
      'registry/projects/uniswap.yaml:8:101  contracts[0].role  is not one of the allowed values → did you mean "factory"?',
    ])
  })

  it('does not call a project with errors of its own an unknown relation target', () => {
    const brokenEthereum = { ...ethereum, text: ethereum.text.replace('category: layer-1', 'category: 12') }
    const { problems } = validateRegistry({
      categories,
      chains,
      projects: [brokenEthereum, project('uniswap', uniswap)],
    })
    expect(problems.map((problem) => problem.file)).toEqual(['registry/projects/ethereum.yaml'])
  })

  it('warns about two projects that link the same source-code organisation, not two repos of one org', () => {
    const geth = (slug: string, source: string) =>
      project(
        slug,
        `name: ${slug}\ndescription: Client.\ncategory: layer-1\nwebsite: https://${slug}.example.org\nlinks:\n  source: ${source}\nsources: [https://${slug}.example.org]\n`,
      )
    expect(
      validate(
        geth('alpha', 'https://github.com/ethereum/go-ethereum'),
        geth('bravo', 'https://github.com/ethereum/solidity'),
      ).problems,
    ).toEqual([])
    expect(
      validate(
        geth('alpha', 'https://github.com/Flashbots'),
        geth('bravo', 'https://www.github.com/flashbots/'),
      ).problems.map(formatProblem),
    ).toEqual([
      'registry/projects/bravo.yaml:1:7  name  warning: looks like a duplicate of registry/projects/alpha.yaml (same source code at github.com/flashbots) → merge into it, or say how they differ in the description',
    ])
  })
})
