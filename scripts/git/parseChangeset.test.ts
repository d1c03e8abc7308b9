import { describe, expect, it } from 'vitest'
import { maxBump, parseChangeset } from './parseChangeset.ts'

describe(parseChangeset.name, () => {
  it('reads releases and summary', () => {
    expect(parseChangeset('a.md', '---\n"web3-atlas": minor\n---\n\nAdd a chain filter.\n')).toEqual({
      file: 'a.md',
      ok: true,
      releases: { 'web3-atlas': 'minor' },
      summary: 'Add a chain filter.',
    })
    expect(parseChangeset('empty.md', '---\n---\n')).toMatchObject({ ok: true, releases: {} })
  })

  it('says why changesets could not read a file', () => {
    expect(parseChangeset('a.md', 'no front matter')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('---'),
    })
    expect(parseChangeset('a.md', '---\n"web3-atlas": huge\n---\n')).toMatchObject({ ok: false })
    expect(parseChangeset('a.md', '---\n"web3-atlas: [\n---\n')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('YAML'),
    })
  })
})

describe(maxBump.name, () => {
  it('orders none < patch < minor < major', () => {
    expect(maxBump('patch', 'minor')).toBe('minor')
    expect(maxBump('major', 'none')).toBe('major')
  })
})
