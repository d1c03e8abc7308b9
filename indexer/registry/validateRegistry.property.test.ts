import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import type { Problem } from './Problem.ts'
import { parseYamlSource } from './parseYamlSource.ts'
import { type RegistrySources, validateRegistry } from './validateRegistry.ts'

// Property tests: whatever a contributor (or an attacker opening a PR) puts in a project file, the validator
// answers with located problems and never lets a non-https URL through.

const categories = {
  path: 'registry/categories.yaml',
  text: 'categories:\n  - id: dex\n    name: DEXs\n    description: Swaps.\n',
}
const chains = {
  path: 'registry/chains.yaml',
  text: 'chains:\n  - id: ethereum\n    chainId: 1\n    name: Ethereum\n    explorer: https://etherscan.io/address/{address}\n    rpcEnv: RPC_URL_ETHEREUM\n',
}

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://example.org',
  '//evil.example.org',
  'file:///etc/passwd',
  'https//missing-colon.example.org',
  '<script>alert(1)</script>',
  '',
]
const hostileUrl = fc.constantFrom(...HOSTILE_URLS)

const hostileString = fc.oneof(
  fc.constantFrom(
    ...HOSTILE_URLS,
    '__proto__',
    'constructor',
    'prototype',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007\u001b[31m',
    '\u202egnp.exe',
    '&anchor',
    '*alias',
    '!!js/function',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 20_000 }).map((n) => 'A'.repeat(n)),
)

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'website', 'relations', 'sources', 'ens'),
  fc.string({ maxLength: 12 }),
)

const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value

/** A project whose fields have the right names but hostile values. */
const projectLike = fc
  .record({
    name: hostileString,
    description: hostileString,
    website: hostileUrl,
    ens: hostileString,
    relations: fc.array(fc.record({ type: hostileString, target: hostileString }), { maxLength: 3 }),
    sources: fc.array(hostileUrl, { minLength: 1, maxLength: 3 }),
    subcategory: hostileString,
    tags: fc.array(hostileString, { maxLength: 3 }),
    links: fc.dictionary(hostileKey, hostileUrl, { maxKeys: 3 }),
    logo: hostileString,
    launched: fc.oneof(hostileString, fc.integer()),
    distinctFrom: fc.array(hostileString, { maxLength: 2 }),
    contracts: fc.array(
      fc.record({ chain: hostileString, address: hostileString, label: hostileString, role: hostileString }),
      { maxLength: 2 },
    ),
    extra: hostileValue,
  })
  .map(({ extra, ...project }) => ({ ...project, category: 'dex', chains: [extra] }))

// Written as text: the yaml library's own stringify overflows the stack long before its parser does.
const deepNesting = fc
  .record({ depth: fc.nat({ max: 5_000 }), flow: fc.boolean() })
  .map(({ depth, flow }) =>
    flow
      ? `name: Deep\nnested: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`
      : `name: Deep\nnested:\n${Array.from({ length: Math.min(depth, 500) }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}x\n`,
  )

const yamlishText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ':',
        ': ',
        '- ',
        '[',
        ']',
        '{',
        '}',
        '&a ',
        '*a',
        '!!str ',
        '|',
        '>',
        '#',
        '\n',
        '  ',
        '"',
        "'",
        '? ',
        '---\n',
        '...\n',
        '%YAML 1.2\n',
        '<<: ',
        '\t',
        '\r',
      ),
      fc.constantFrom('name', 'website', '__proto__', 'https://x.org', 'javascript:alert(1)'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

const fileName = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8})?$/),
  fc.constantFrom('__proto__', 'constructor', 'UPPER', 'has space', 'dot.dot'),
)

const projectText = fc.oneof(
  yamlishText,
  projectLike.map((project) => stringify(project)),
  // The same object twice: stringify writes it once with an anchor and then as an alias.
  projectLike.map((project) => stringify({ ...project, contracts: [project.relations, project.relations] })),
  hostileValue.map((value) => stringify(value)),
  deepNesting,
  fc.string({ unit: 'binary', maxLength: 200 }),
)

const projectFiles = fc
  .array(fc.record({ slug: fileName, text: projectText }), { maxLength: 4 })
  .map((files) => files.map(({ slug, text }) => ({ path: `registry/projects/${slug}.yaml`, text })))

function validate(projects: RegistrySources['projects']) {
  return validateRegistry({ categories, chains, projects })
}

function expectLocated(problem: Problem) {
  expect(problem.file).toMatch(/^registry\/projects\/[^/]+\.yaml$/)
  expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true)
  expect(Number.isInteger(problem.col) && problem.col >= 1).toBe(true)
  expect(['error', 'warning']).toContain(problem.severity)
}

describe(`${validateRegistry.name} on hostile input`, () => {
  it('never throws, and names a project file, line and column for every problem', () => {
    fc.assert(
      fc.property(projectFiles, (projects) => {
        const { problems } = validate(projects)
        for (const problem of problems) expectLocated(problem)
      }),
      { numRuns: 200 },
    )
  })

  it('refuses every non-https website and source, whatever else the file holds', () => {
    let fieldsChecked = 0
    fc.assert(
      fc.property(fileName, projectLike, (slug, project) => {
        const file = `registry/projects/${slug}.yaml`
        const text = stringify(project)
        const { registry, problems } = validate([{ path: file, text }])
        expect(registry).toBeUndefined()
        for (const problem of problems) expectLocated(problem)
        // A file refused before its fields are read (bad file name, anchors, __proto__ keys, size) is done.
        const { parsed } = parseYamlSource({ path: file, text })
        if (!parsed || problems.some((problem) => problem.field === '')) return
        expect(problems.map((problem) => problem.field)).toContain('website')
        expect(problems.map((problem) => problem.field)).toContain('sources[0]')
        fieldsChecked++
      }),
      { numRuns: 200 },
    )
    // Many runs (about half) must get past file-level refusals, or this property would prove nothing.
    expect(fieldsChecked).toBeGreaterThan(40)
  })

  it('lets through only https URLs when a hostile registry is accepted', () => {
    fc.assert(
      fc.property(projectFiles, (projects) => {
        const { registry } = validate(projects)
        const urls = (registry?.projects ?? []).flatMap((project) => [
          project.website,
          ...project.sources,
          ...project.contracts.map((contract) => contract.source),
          ...project.tokens.map((token) => token.source),
          ...Object.values(project.links).filter((link): link is string => typeof link === 'string'),
        ])
        for (const url of urls) expect(new URL(url).protocol).toBe('https:')
      }),
      { numRuns: 200 },
    )
  })

  it('writes no __proto__ key onto objects while validating', () => {
    validate([
      {
        path: 'registry/projects/x.yaml',
        text: '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
      },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
