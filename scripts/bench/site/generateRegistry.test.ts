import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CategoriesFileSchema, ChainsFileSchema } from '../../../indexer/model/schema.ts'
import { validateRegistry } from '../../../indexer/registry/validateRegistry.ts'
import { generateRegistry, SyntheticRegistryTooDenseError } from './generateRegistry.ts'

const categoriesText = await readFile('registry/categories.yaml', 'utf8')
const chainsText = await readFile('registry/chains.yaml', 'utf8')
const categories = CategoriesFileSchema.parse(parse(categoriesText)).categories.map((category) => ({
  id: category.id,
  name: category.name,
  subcategories: category.subcategories.map((subcategory) => subcategory.id),
}))
const chains = ChainsFileSchema.parse(parse(chainsText)).chains.map((chain) => chain.id)
const generate = (projects: number, relations: number, seed = 1) =>
  generateRegistry({ projects, relations, seed, categories, chains })

describe(generateRegistry.name, () => {
  it('writes the same files for the same seed, and others for another seed', () => {
    expect(generate(30, 90)).toEqual(generate(30, 90))
    expect(generate(30, 90, 2).map((file) => file.yaml)).not.toEqual(
      generate(30, 90).map((file) => file.yaml),
    )
  })

  it('passes the real validator without an error', () => {
    const files = generate(50, 150)
    const { registry, problems } = validateRegistry({
      categories: { path: 'registry/categories.yaml', text: categoriesText },
      chains: { path: 'registry/chains.yaml', text: chainsText },
      projects: files.map((file) => ({ path: `registry/projects/${file.slug}.yaml`, text: file.yaml })),
    })
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(problems.filter((problem) => problem.field === 'name')).toEqual([])
    expect(registry?.projects).toHaveLength(50)
    const relations = registry?.projects.flatMap((project) => project.relations) ?? []
    expect(relations).toHaveLength(150)
    expect(registry?.projects.filter((project) => project.tokens.length > 0).length).toBeGreaterThan(0)
    expect(registry?.projects.filter((project) => project.contracts.length > 0).length).toBeGreaterThan(0)
    expect(registry?.projects.every((project) => project.logo === undefined)).toBe(true)
    expect(new Set(registry?.projects.map((project) => project.category)).size).toBeGreaterThan(10)
  })

  it('never relates a project to itself or twice, and built-on, fork-of and governs never loop', () => {
    const files = generate(400, 3000, 7)
    const order = new Map(files.map((file, i) => [file.slug, i]))
    const seen = new Set<string>()
    for (const file of files) {
      for (const relation of file.project.relations ?? []) {
        const key = `${file.slug} ${relation.type} ${relation.target}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
        expect(relation.target).not.toBe(file.slug)
        // Edges that only point to earlier projects cannot close a loop.
        if (['built-on', 'fork-of', 'governs'].includes(relation.type))
          expect(order.get(relation.target)).toBeLessThan(order.get(file.slug) as number)
      }
    }
    expect(seen.size).toBe(3000)
  })

  it('gives every project its own website and name', () => {
    const files = generate(2000, 0)
    expect(new Set(files.map((file) => file.project.website)).size).toBe(2000)
    expect(new Set(files.map((file) => file.project.name)).size).toBe(2000)
  })

  it('refuses more relations than the projects can hold', () => {
    expect(() => generate(3, 100)).toThrow(SyntheticRegistryTooDenseError)
  })
})
