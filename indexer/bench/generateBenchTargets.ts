import { mulberry32 } from '../random/mulberry32.ts'
/** Addresses prepared on one bench chain: ERC-20 tokens, other contracts, and addresses without code. */
export interface BenchPools {
  tokens: readonly string[]
  others: readonly string[]
  eoas: readonly string[]
}

/** A registry-like project: a few contracts and one token on one chain. */
export interface BenchProject {
  slug: string
  chain: string
  contracts: string[]
  tokens: string[]
}

/** What the indexer reads on one chain: every listed address once, sorted (as listChainTargets gives). */
export interface BenchChainTargets {
  contracts: string[]
  tokens: string[]
}

/**
 * Generates, in memory, a registry-like list of projects spread over the bench chains: project `k` lives
 * on chain `k mod chains`, lists `contractsPerProject` distinct addresses taken from a seeded shuffle of
 * that chain's pools (so contracts and EOAs mix as in a real registry), and one token; every
 * `mistakeEvery`-th project lists a non-token contract as its token (its ERC-20 calls revert). Pure.
 *
 * @returns the projects, and each chain's deduplicated, sorted targets.
 * @throws when a chain's pools are too small for its projects' contracts.
 * @example
 * generateBenchTargets({ chains: [{ id: 'bench-1', pools }], projects: 10, contractsPerProject: 5, seed: 1 })
 */
export function generateBenchTargets({
  chains,
  projects,
  contractsPerProject,
  seed,
  mistakeEvery = 100,
}: {
  chains: ReadonlyArray<{ id: string; pools: BenchPools }>
  projects: number
  contractsPerProject: number
  seed: number
  mistakeEvery?: number
}): { projects: BenchProject[]; targets: Map<string, BenchChainTargets> } {
  const random = mulberry32(seed)
  const shuffled = chains.map(({ pools }) =>
    shuffle([...pools.tokens, ...pools.others, ...pools.eoas], random),
  )
  const taken = chains.map(() => 0)
  const list: BenchProject[] = []
  for (let k = 0; k < projects; k++) {
    const c = k % chains.length
    const chain = chains[c] as (typeof chains)[number]
    const pool = shuffled[c] as string[]
    const start = taken[c] as number
    if (start + contractsPerProject > pool.length) {
      throw new Error(`chain ${chain.id} has ${pool.length} addresses, too few for its projects' contracts`)
    }
    taken[c] = start + contractsPerProject
    const token =
      k % mistakeEvery === mistakeEvery - 1
        ? chain.pools.others[k % chain.pools.others.length]
        : chain.pools.tokens[Math.floor(random() * chain.pools.tokens.length)]
    list.push({
      slug: `bench-project-${k}`,
      chain: chain.id,
      contracts: pool.slice(start, start + contractsPerProject),
      tokens: token === undefined ? [] : [token],
    })
  }
  const targets = new Map<string, BenchChainTargets>()
  for (const { id } of chains) {
    const on = list.filter((project) => project.chain === id)
    targets.set(id, {
      contracts: [...new Set(on.flatMap((project) => project.contracts))].sort(),
      tokens: [...new Set(on.flatMap((project) => project.tokens))].sort(),
    })
  }
  return { projects: list, targets }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
  return items
}
