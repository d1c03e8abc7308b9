import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintDockerignore } from './lintDockerignore.ts'

describe(lintDockerignore.name, () => {
  it('passes the project .dockerignore', () => {
    const text = readFileSync(new URL('../../.dockerignore', import.meta.url), 'utf8')
    expect(lintDockerignore(text, '.dockerignore')).toEqual([])
  })

  it('names each missing exclusion, accepting a leading or trailing slash', () => {
    const messages = lintDockerignore('# context\n/node_modules/\ndist\n', '.dockerignore').map(
      (d) => d.message,
    )
    expect(messages).toEqual([
      'Add `.env` (local secrets): without it, it is sent to the builder and can end up in a layer.',
      'Add `.env.*` (local secrets): without it, it is sent to the builder and can end up in a layer.',
      'Add `.git` (history and credentials in .git/config): without it, it is sent to the builder and can end up in a layer.',
    ])
  })
})
