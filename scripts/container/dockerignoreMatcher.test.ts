import { describe, expect, it } from 'vitest'
import { dockerignoreMatcher } from './dockerignoreMatcher.ts'

describe(dockerignoreMatcher.name, () => {
  const ignored = dockerignoreMatcher(`# comment
.env.*
**/test
**/*.test.ts
/dist/
*.log
docs
!docs/keep.md
`)

  it('matches from the context root, with ** spanning folders and folders excluding their contents', () => {
    expect(ignored('.env.local')).toBe(true)
    expect(ignored('scripts/serve/test/request.ts')).toBe(true)
    expect(ignored('scripts/serve/contentType.test.ts')).toBe(true)
    expect(ignored('dist/index.html')).toBe(true)
    expect(ignored('npm-debug.log')).toBe(true)
  })

  it('keeps what no pattern names, a root-only pattern deeper down, and a re-included path', () => {
    expect(ignored('scripts/serve/contentType.ts')).toBe(false)
    expect(ignored('site/dist/x.js')).toBe(false)
    expect(ignored('logs/a.log')).toBe(false)
    expect(ignored('docs/devops.md')).toBe(true)
    expect(ignored('docs/keep.md')).toBe(false)
  })
})
