// A new project file as a contributor gets it: written into a copy of the real registry, checked by
// the real validator, then filled in. The CLI runs as a process.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProjectSchema, RELATION_TYPES } from '../../indexer/model/schema.ts'
import { checkRegistry } from '../../indexer/registry/loadRegistry.ts'
import { formatProblem } from '../../indexer/registry/Problem.ts'
import { runCommand } from '../git/test/testRepo.ts'
import { createProjectFile, ProjectExistsError } from './createProjectFile.ts'
import { ProjectNameInvalidError, scaffoldProject, slugFromName } from './scaffoldProject.ts'

const realRegistry = fileURLToPath(new URL('../../registry', import.meta.url))
const cli = fileURLToPath(new URL('../new-project.ts', import.meta.url))
let root: string
let registryDir: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-new-project-'))
  registryDir = join(root, 'registry')
  for (const part of ['categories.yaml', 'chains.yaml', 'projects'])
    await cp(join(realRegistry, part), join(registryDir, part), { recursive: true })
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe(slugFromName.name, () => {
  it('keeps lowercase ASCII letters and digits with single hyphens', () => {
    expect(slugFromName('The Graph')).toBe('the-graph')
    expect(slugFromName('  Ünïswap  V3!! ')).toBe('uniswap-v3')
    expect(slugFromName('1inch_Network--(beta)')).toBe('1inch-network-beta')
    expect(slugFromName('x'.repeat(70))).toHaveLength(64)
  })

  it('refuses a name without a letter or digit', () => {
    expect(() => slugFromName('💎 — 🚀')).toThrow(ProjectNameInvalidError)
    expect(() => slugFromName('💎')).toThrowErrorMatchingInlineSnapshot(`
      [ProjectNameInvalidError: "💎" gives no file name: it has no ASCII letter or digit.

      Give the name with Latin letters or digits, e.g. \`npm run new -- "My Project"\`.]
    `)
  })
})

describe(scaffoldProject.name, () => {
  it('starts with the schema line and shows every field and relation type of the project schema', () => {
    const { text } = scaffoldProject('The Graph')
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/project.schema.json')
    for (const field of Object.keys(ProjectSchema.shape))
      expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'))
    for (const type of Object.keys(RELATION_TYPES)) expect(text).toContain(type)
  })
})

describe(createProjectFile.name, () => {
  it('writes a file the validator rejects at each empty required field, valid once they are filled', async () => {
    const file = await createProjectFile({ registryDir, name: 'Example "Swap": v2 #1', rootDir: root })
    expect(file).toBe('registry/projects/example-swap-v2-1.yaml')

    const before = await checkRegistry(registryDir, root)
    expect(before.registry).toBeUndefined()
    expect(before.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "registry/projects/example-swap-v2-1.yaml:5:14  description  must not be empty",
        "registry/projects/example-swap-v2-1.yaml:6:11  category  use lowercase letters, digits and single hyphens, e.g. "my-project"",
        "registry/projects/example-swap-v2-1.yaml:9:10  website  must be a full https:// URL, e.g. "https://example.org"",
        "registry/projects/example-swap-v2-1.yaml:36:10  sources  list at least one source for the facts in this file",
      ]
    `)

    const path = join(root, file)
    const filled = (await readFile(path, 'utf8'))
      .replace("description: ''", 'description: Swaps example tokens.')
      .replace("category: ''", 'category: dex')
      .replace("website: ''", 'website: https://swap.example.org')
      .replace('sources: []', 'sources:\n  - https://swap.example.org')
    await writeFile(path, filled)
    const after = await checkRegistry(registryDir, root)
    expect(after.problems).toEqual([])
    expect(after.registry?.projects.find((project) => project.slug === 'example-swap-v2-1')).toMatchObject({
      name: 'Example "Swap": v2 #1',
      status: 'active',
    })
  })

  it('refuses to overwrite an existing project, naming its file', async () => {
    const original = await readFile(join(registryDir, 'projects/uniswap.yaml'), 'utf8')
    await expect(createProjectFile({ registryDir, name: 'Uniswap', rootDir: root })).rejects.toThrow(
      new ProjectExistsError({ file: 'registry/projects/uniswap.yaml' }),
    )
    expect(await readFile(join(registryDir, 'projects/uniswap.yaml'), 'utf8')).toBe(original)
  })
})

describe('npm run new', () => {
  const run = (...args: string[]) =>
    runCommand(process.execPath, [cli, '--registry', 'registry', ...args], { cwd: root, env: process.env })

  it('writes the file and says what to do next; refuses a second time with exit 1', async () => {
    const first = await run('The', 'Graph', 'Two')
    expect(first).toEqual({
      code: 0,
      stdout: 'Created registry/projects/the-graph-two.yaml\nnext: fill it in, then npm run validate\n',
      stderr: '',
    })
    const second = await run('The Graph Two')
    expect(second.code).toBe(1)
    expect(second.stderr).toContain('registry/projects/the-graph-two.yaml already exists.')
  })

  it('exits 1 with the usage line when no name or an unusable name is given', async () => {
    expect(await run()).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: npm run new') })
    expect(await run('🚀')).toMatchObject({ code: 1, stderr: expect.stringContaining('gives no file name') })
  })
})
