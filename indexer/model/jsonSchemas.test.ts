import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { jsonSchemas } from './jsonSchemas.ts'

describe(jsonSchemas.name, () => {
  it('matches the committed registry/schema files (run `npm run schema` after changing the zod schema)', async () => {
    for (const [name, content] of Object.entries(jsonSchemas())) {
      expect(await readFile(`registry/schema/${name}`, 'utf8'), name).toBe(content)
    }
  })

  it('forbids unknown fields and requires sources', () => {
    const project = JSON.parse(jsonSchemas()['project.schema.json'] ?? '{}')
    expect(project.additionalProperties).toBe(false)
    expect(project.required).toEqual(expect.arrayContaining(['name', 'category', 'website', 'sources']))
  })
})
