import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance } from './closestMatch.ts'
import { type DuplicateCandidate, findNearDuplicates, normalizeName } from './findNearDuplicates.ts'

// The index must find exactly the pairs a comparison of every pair finds; this is that comparison, for
// names only (the other reasons are exact keys).
function everyPair(projects: DuplicateCandidate[]) {
  const found: Array<{ file: string; other: string }> = []
  const names = projects.map((project) => normalizeName(project.name))
  for (const [j, later] of names.entries()) {
    for (const [i, earlier] of names.slice(0, j).entries()) {
      const shorter = Math.min(earlier.length, later.length)
      const allowed = shorter >= 10 ? 2 : shorter >= 5 ? 1 : 0
      if (earlier === later || (allowed > 0 && editDistance(earlier, later) <= allowed)) {
        found.push({
          file: (projects[j] as DuplicateCandidate).file,
          other: (projects[i] as DuplicateCandidate).file,
        })
        break
      }
    }
  }
  return found
}

const candidate = (name: string, i: number): DuplicateCandidate => ({
  file: `registry/projects/p${i}.yaml`,
  name,
  website: `https://p${i}.example.org`,
  tokenAddresses: [],
})

describe(findNearDuplicates.name, () => {
  it('finds the same name pairs as comparing every pair, at any name length', () => {
    const name = fc.stringMatching(/^[abc]{3,12}$/)
    fc.assert(
      fc.property(fc.array(name, { maxLength: 25 }), (names) => {
        const projects = names.map(candidate)
        expect(findNearDuplicates(projects).map(({ file, other }) => ({ file, other }))).toEqual(
          everyPair(projects),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('reports each near-duplicate of a large registry once, on the later project', () => {
    const projects = Array.from({ length: 2_000 }, (_, i) => candidate(`Project ${i.toString(36)}xyzzy`, i))
    // Names like "project2sxyzzy" and "project2txyzzy" are one edit apart: real near-duplicates exist.
    const found = findNearDuplicates(projects)
    expect(found.length).toBeGreaterThan(500)
    expect(new Set(found.map((pair) => pair.file)).size).toBe(found.length)
    for (const { file, other } of found)
      expect(Number(/p(\d+)/.exec(other)?.[1])).toBeLessThan(Number(/p(\d+)/.exec(file)?.[1]))
  })
})
