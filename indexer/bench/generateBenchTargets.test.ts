import { describe, expect, it } from 'vitest'
import { type BenchPools, generateBenchTargets } from './generateBenchTargets.ts'

function pools(chain: string, size: number): BenchPools {
  const make = (kind: string, n: number) => Array.from({ length: n }, (_, i) => `${chain}-${kind}-${i}`)
  return { tokens: make('token', size), others: make('other', size), eoas: make('eoa', 2) }
}

const chains = [
  { id: 'a', pools: pools('a', 40) },
  { id: 'b', pools: pools('b', 40) },
]

describe(generateBenchTargets.name, () => {
  it('spreads projects over the chains, each listing distinct addresses of its chain', () => {
    const { projects, targets } = generateBenchTargets({
      chains,
      projects: 30,
      contractsPerProject: 5,
      seed: 1,
    })
    expect(projects).toHaveLength(30)
    expect(projects.filter((project) => project.chain === 'a')).toHaveLength(15)
    const listed = projects.flatMap((project) => project.contracts)
    expect(new Set(listed).size).toBe(150)
    for (const project of projects) {
      expect(project.contracts.every((address) => address.startsWith(`${project.chain}-`))).toBe(true)
      expect(project.tokens).toHaveLength(1)
    }
    expect(targets.get('a')?.contracts).toHaveLength(75)
    expect(targets.get('a')?.contracts).toEqual([...(targets.get('a')?.contracts ?? [])].sort())
  })

  it('is the same for the same seed, and lists a non-token as a token every mistakeEvery projects', () => {
    const options = { chains, projects: 30, contractsPerProject: 5, seed: 9, mistakeEvery: 10 }
    const first = generateBenchTargets(options)
    expect(generateBenchTargets(options)).toEqual(first)
    expect(generateBenchTargets({ ...options, seed: 10 }).projects).not.toEqual(first.projects)
    const mistakes = first.projects.filter((project) => project.tokens[0]?.includes('-other-'))
    expect(mistakes.map((project) => project.slug)).toEqual([
      'bench-project-9',
      'bench-project-19',
      'bench-project-29',
    ])
  })

  it('refuses a registry bigger than the chains hold', () => {
    expect(() => generateBenchTargets({ chains, projects: 100, contractsPerProject: 5, seed: 1 })).toThrow(
      'chain a has 82 addresses, too few',
    )
  })
})
