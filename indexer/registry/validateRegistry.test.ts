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

  it('names file, line, column and field for each schema problem, all at once', () => {
    const broken = uniswap
      .replace('category: dex', 'category: dexs')
      .replace("'0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'", "'0x1f9840a85d5af5bf1D1762F925BDADdC4201F984'")
      .replace('website: https://uniswap.org', 'website: javascript:alert(1)\ncolour: pink')
    expect(lines(project('uniswap', broken))).toEqual([
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
