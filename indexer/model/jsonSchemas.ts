import { z } from 'zod'
import { CategoriesFileSchema, ChainsFileSchema, ProjectSchema } from './schema.ts'

/**
 * The JSON Schemas editors use to check registry files as people type (`# yaml-language-server:
 * $schema=…`), generated from the zod schemas so the two can never disagree.
 * @returns File name (under `registry/schema/`) → file content, stable across runs.
 */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`
  return {
    'project.schema.json': render(ProjectSchema, 'Web3 Atlas project'),
    'categories.schema.json': render(CategoriesFileSchema, 'Web3 Atlas categories'),
    'chains.schema.json': render(ChainsFileSchema, 'Web3 Atlas chains'),
  }
}
