import { join } from 'node:path'
import { parse } from 'yaml'
import { CategoriesFileSchema, ChainsFileSchema } from '../../../indexer/model/schema.ts'
import { generateRegistry } from './generateRegistry.ts'

/** The file system calls {@link writeSyntheticRegistry} makes (node:fs/promises fits). */
export interface WriteRegistryDeps {
  readFile(path: string, encoding: 'utf8'): Promise<string>
  writeFile(path: string, text: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
}

export interface WriteSyntheticRegistryOptions {
  /** The repository's registry folder, whose categories.yaml and chains.yaml are copied. */
  sourceRegistry: string
  /** Folder that receives `registry/{projects,logos}` and an empty `snapshot/`. */
  root: string
  projects: number
  relations: number
  seed: number
}

/**
 * Writes a synthetic registry an Atlas build can read with `ATLAS_ROOT=<root>`: the real categories and
 * chains copied, one YAML file per generated project, an empty `logos/` (every project gets a monogram) and
 * an empty `snapshot/` (every on-chain fact shows as unconfirmed).
 *
 * @param deps File system calls.
 * @param options Where to read the real registry, where to write, sizes and seed.
 * @returns How many project files were written.
 * @throws {SyntheticRegistryTooDenseError} when the relations do not fit.
 * @example
 * await writeSyntheticRegistry(fs, { sourceRegistry: 'registry', root: tmp, projects: 50, relations: 150, seed: 1 })
 */
export async function writeSyntheticRegistry(
  deps: WriteRegistryDeps,
  options: WriteSyntheticRegistryOptions,
): Promise<number> {
  const categoriesText = await deps.readFile(join(options.sourceRegistry, 'categories.yaml'), 'utf8')
  const chainsText = await deps.readFile(join(options.sourceRegistry, 'chains.yaml'), 'utf8')
  const { categories } = CategoriesFileSchema.parse(parse(categoriesText))
  const { chains } = ChainsFileSchema.parse(parse(chainsText))
  const files = generateRegistry({
    projects: options.projects,
    relations: options.relations,
    seed: options.seed,
    categories: categories.map(({ id, name, subcategories }) => ({
      id,
      name,
      subcategories: subcategories.map((subcategory) => subcategory.id),
    })),
    chains: chains.map((chain) => chain.id),
  })
  const registry = join(options.root, 'registry')
  await deps.mkdir(join(registry, 'projects'), { recursive: true })
  await deps.mkdir(join(registry, 'logos'), { recursive: true })
  await deps.mkdir(join(options.root, 'snapshot'), { recursive: true })
  await deps.writeFile(join(registry, 'categories.yaml'), categoriesText)
  await deps.writeFile(join(registry, 'chains.yaml'), chainsText)
  for (const { slug, yaml } of files) await deps.writeFile(join(registry, 'projects', `${slug}.yaml`), yaml)
  return files.length
}
