import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { RELATION_TYPES, type Registry } from '../model/schema.ts'
import { validateRegistry } from '../registry/validateRegistry.ts'
import { buildTokenList } from './buildTokenList.ts'
import { buildEcosystemExport, EcosystemExportSchema, ecosystemJsonSchema } from './ecosystemExport.ts'
import { projectsCsv } from './projectsCsv.ts'
import { projectDocument } from './toProjectRecord.ts'
import { assertValidTokenList, TokenListInvalidError } from './validateTokenList.ts'

const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'
const AAVE = '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9'

function registryOf(projects: Record<string, string>): Registry {
  const { registry, problems } = validateRegistry({
    categories: {
      path: 'registry/categories.yaml',
      text: 'categories:\n  - { id: dex, name: DEXs, description: Swaps., subcategories: [{ id: amm, name: AMMs }] }\n  - { id: lending, name: Lending, description: Loans. }\n',
    },
    chains: {
      path: 'registry/chains.yaml',
      text: "chains:\n  - { id: ethereum, chainId: 1, name: Ethereum, explorer: 'https://etherscan.io/address/{address}', rpcEnv: RPC_URL_ETHEREUM }\n",
    },
    projects: Object.entries(projects).map(([slug, text]) => ({
      path: `registry/projects/${slug}.yaml`,
      text,
    })),
  })
  if (!registry) throw new Error(problems.map((problem) => problem.message).join('\n'))
  return registry
}

const registry = registryOf({
  uniswap: [
    'name: Uniswap',
    'description: \'Swaps "tokens", with commas, and a\n\n  second line.\'',
    'category: dex',
    'subcategory: amm',
    'tags: [amm]',
    'website: https://uniswap.org',
    'links: { source: https://github.com/Uniswap, docs: https://docs.uniswap.org }',
    "launched: '2018-11'",
    'chains: [ethereum]',
    `contracts: [{ chain: ethereum, address: '0x1F98431c8aD98523631AE4a59f267346ea31F984', label: V3 Factory, role: factory, source: https://docs.uniswap.org }]`,
    `tokens: [{ chain: ethereum, address: '${UNI}', symbol: UNI, decimals: 18, name: Uniswap, source: https://etherscan.io }]`,
    'sources: [https://uniswap.org]',
  ].join('\n'),
  aave: [
    'name: "=HYPERLINK(\\"https://evil.example\\")"',
    'description: Lends.',
    'category: lending',
    'website: https://aave.com',
    `tokens: [{ chain: ethereum, address: '${AAVE}', symbol: AAVE, source: https://etherscan.io }]`,
    'relations: [{ type: integrates, target: uniswap }]',
    'sources: [https://aave.com]',
  ].join('\n'),
})

describe('open-data exports', () => {
  it('publishes each project with its licence, its fields in a fixed order and the relations pointing at it', () => {
    const document = projectDocument(registry.projects[1] as Registry['projects'][number], registry)
    expect(document.license).toMatchObject({
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    })
    expect(document.apiVersion).toBe(1)
    expect(Object.keys(document.project)).toEqual([
      'slug',
      'name',
      'description',
      'category',
      'subcategory',
      'tags',
      'website',
      'links',
      'launched',
      'status',
      'chains',
      'contracts',
      'tokens',
      'relations',
      'relatedFrom',
      'sources',
    ])
    expect(document.project.relatedFrom).toEqual([{ type: 'integrates', source: 'aave' }])
    expect(document.project.contracts[0]).toMatchObject({ role: 'factory' })
  })

  it('exports the whole ecosystem in a shape its own published JSON Schema describes', () => {
    const exported = buildEcosystemExport(registry)
    expect(EcosystemExportSchema.parse(exported)).toEqual(exported)
    expect(exported.projects.map((project) => project.slug)).toEqual(['aave', 'uniswap'])
    expect(exported.relationTypes.map((type) => type.id)).toEqual(Object.keys(RELATION_TYPES))
    expect(exported.license.id).toBe('CC-BY-4.0')
    const schema = ecosystemJsonSchema()
    expect(schema.description).toContain('CC-BY-4.0')
    // The published schema accepts the export and rejects a project without a slug.
    const roundTrip = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0])
    expect(roundTrip.safeParse(JSON.parse(JSON.stringify(exported))).success).toBe(true)
    const broken = JSON.parse(JSON.stringify(exported))
    delete broken.projects[0].slug
    expect(roundTrip.safeParse(broken).success).toBe(false)
    expect(JSON.stringify(buildEcosystemExport(registry))).toBe(JSON.stringify(exported))
  })

  it('writes a CSV that spreadsheets open safely: quoted text, licence on every row, formulas defused', () => {
    const csv = projectsCsv(registry)
    const [header, aave, uniswap] = csv.split('\r\n')
    expect(header).toBe(
      'slug,name,category,subcategory,status,website,source_code,docs,launched,chains,tags,ens,contracts,tokens,relations,description,license',
    )
    expect(aave).toContain(`aave,"'=HYPERLINK(""https://evil.example"")",lending`)
    expect(aave?.endsWith(',Lends.,CC-BY-4.0')).toBe(true)
    expect(uniswap).toContain('"Swaps ""tokens"", with commas, and a\nsecond line."')
    expect(uniswap).toContain(`ethereum:UNI:${UNI}`)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('builds a token list that validates against the Uniswap token lists schema', () => {
    const { list, leftOut } = buildTokenList(registry, {
      version: '2.3.4',
      timestamp: '2026-01-01T00:00:00.000Z',
      knownDecimals: new Map([[`1:${AAVE.toLowerCase()}`, 18]]),
    })
    expect(() => assertValidTokenList(list)).not.toThrow()
    expect(leftOut).toEqual([])
    expect(list.version).toEqual({ major: 2, minor: 3, patch: 4 })
    expect(list.tokens).toEqual([
      expect.objectContaining({ symbol: 'AAVE', decimals: 18, name: '=HYPERLINK("https://evil.example")' }),
      expect.objectContaining({ chainId: 1, address: UNI, symbol: 'UNI', decimals: 18, name: 'Uniswap' }),
    ])
    expect(list.tags.cc_by_4?.description).toContain('Creative Commons Attribution 4.0')
  })

  it('leaves out tokens whose decimals are unknown, saying which and why', () => {
    const { list, leftOut } = buildTokenList(registry, {
      version: '0.1.0',
      timestamp: '1970-01-01T00:00:00.000Z',
    })
    expect(list.tokens.map((token) => token.symbol)).toEqual(['UNI'])
    expect(leftOut).toEqual([
      {
        project: 'aave',
        chain: 'ethereum',
        address: AAVE,
        reason: 'decimals unknown: add `decimals` to the token in the registry',
      },
    ])
    expect(() => buildTokenList(registry, { version: 'next', timestamp: '' })).toThrow(RangeError)
  })

  it('names the failing field when a token list breaks the schema', () => {
    const { list } = buildTokenList(registry, { version: '0.1.0', timestamp: 'yesterday' })
    expect(() => assertValidTokenList(list)).toThrow(TokenListInvalidError)
    let caught: unknown
    try {
      assertValidTokenList({ ...list, name: 'Web3 Atlas!' })
    } catch (error) {
      caught = error
    }
    expect((caught as TokenListInvalidError).problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/timestamp /), expect.stringMatching(/^\/name /)]),
    )
  })
})
