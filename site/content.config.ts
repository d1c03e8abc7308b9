import { defineCollection } from 'astro:content'
import { join } from 'node:path'
import { glob } from 'astro/loaders'
import { ProjectSchema } from '../indexer/model/schema.ts'

// The registry's projects as an Astro content collection, parsed with the same zod schema the validator
// uses, so a page can never see a project shaped differently from what `npm run validate` accepted.
// Cross-file checks (relations, duplicates, logos) stay in the validator, which runs before every build.
const registryRoot = process.env.ATLAS_ROOT ?? process.cwd()

export const collections = {
  projects: defineCollection({
    loader: glob({ pattern: '*.yaml', base: join(registryRoot, 'registry', 'projects') }),
    schema: ProjectSchema,
  }),
}
