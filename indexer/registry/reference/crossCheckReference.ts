import type { Chain, Project } from '../../model/schema.ts'

/** A chain as a public chain list describes it (viem's `viem/chains`). */
export interface ReferenceChain {
  id: number
  name: string
  /** Its default block explorer's home page, e.g. https://etherscan.io */
  explorer?: string
  multicall3?: string
}

/** A token as a public token list describes it (`@uniswap/default-token-list`). */
export interface ReferenceToken {
  chainId: number
  address: string
  symbol: string
  name: string
  decimals: number
}

/** The public lists the registry is compared with, and what to call them in messages. */
export interface ReferenceData {
  chains: { label: string; entries: readonly ReferenceChain[] }
  tokens: { label: string; entries: readonly ReferenceToken[] }
}

/** One disagreement: where it is in the registry and both values. */
export interface ReferenceMismatch {
  /** `chains` for chains.yaml, or the project's slug. */
  subject: 'chains' | string
  /** Path of the field in its file, e.g. `['chains', 3, 'multicall3']`. */
  path: PropertyKey[]
  message: string
  fix: string
}

/**
 * Compares chain metadata and token facts with well-kept public lists. Every disagreement names both
 * values; nothing here is an error, because either side can be the stale one. Pure.
 *
 * - chains: the chain id must be known to the list; the explorer's host and the Multicall3 address must
 *   match; the names must share a word ("Polygon PoS" and "Polygon" agree, "Base" and "Blast" do not).
 * - tokens: a token the list knows (same chain id and address) must have the same symbol, and the same
 *   decimals and name where the registry gives them.
 *
 * @example
 * crossCheckReference({ chains, projects }, reference)
 * // [{ subject: 'chains', path: ['chains', 9, 'multicall3'], message: 'multicall3 0xcA11… differs from viem/chains: 0xF9cd…', fix: '…' }]
 */
export function crossCheckReference(
  registry: { chains: readonly Chain[]; projects: readonly Project[] },
  reference: ReferenceData,
): ReferenceMismatch[] {
  const found: ReferenceMismatch[] = []
  const chainsLabel = reference.chains.label
  const referenceChains = new Map(reference.chains.entries.map((chain) => [chain.id, chain]))
  const checkBoth = `check both against the chain's own documentation and correct whichever is wrong`

  registry.chains.forEach((chain, i) => {
    const known = referenceChains.get(chain.chainId)
    if (!known) {
      found.push({
        subject: 'chains',
        path: ['chains', i, 'chainId'],
        message: `chain id ${chain.chainId} is not in ${chainsLabel}`,
        fix: 'check the chain id on chainid.network or the chain’s documentation',
      })
      return
    }
    if (!shareAWord(chain.name, known.name)) {
      found.push({
        subject: 'chains',
        path: ['chains', i, 'name'],
        message: `name "${chain.name}" differs from ${chainsLabel}: "${known.name}"`,
        fix: checkBoth,
      })
    }
    const ourHost = hostOf(chain.explorer.replace('{address}', '0'))
    const theirHost = known.explorer ? hostOf(known.explorer) : undefined
    if (theirHost && ourHost !== theirHost) {
      found.push({
        subject: 'chains',
        path: ['chains', i, 'explorer'],
        message: `explorer host ${ourHost} differs from ${chainsLabel}: ${theirHost}`,
        fix: checkBoth,
      })
    }
    if (known.multicall3 && chain.multicall3?.toLowerCase() !== known.multicall3.toLowerCase()) {
      found.push({
        subject: 'chains',
        path: ['chains', i, 'multicall3'],
        message: `multicall3 ${chain.multicall3 ?? '(none)'} differs from ${chainsLabel}: ${known.multicall3}`,
        fix: checkBoth,
      })
    }
  })

  const chainIds = new Map(registry.chains.map((chain) => [chain.id, chain.chainId]))
  const tokensByKey = new Map(
    reference.tokens.entries.map((token) => [`${token.chainId}:${token.address.toLowerCase()}`, token]),
  )
  const tokensLabel = reference.tokens.label
  for (const project of registry.projects) {
    project.tokens.forEach((token, i) => {
      if (token === undefined) return // an invalid entry of a rejected file
      const chainId = chainIds.get(token.chain)
      const known =
        chainId === undefined ? undefined : tokensByKey.get(`${chainId}:${token.address.toLowerCase()}`)
      if (!known) return
      const mismatch = (field: string, ours: string | number, theirs: string | number) =>
        found.push({
          subject: project.slug,
          path: ['tokens', i, field],
          message: `${field} ${JSON.stringify(ours)} differs from ${tokensLabel}: ${JSON.stringify(theirs)}`,
          fix: `read ${field}() on the token contract (${token.chain} ${token.address}) and correct whichever is wrong`,
        })
      if (token.symbol !== known.symbol) mismatch('symbol', token.symbol, known.symbol)
      if (token.decimals !== undefined && token.decimals !== known.decimals)
        mismatch('decimals', token.decimals, known.decimals)
      if (token.name !== undefined && token.name !== known.name) mismatch('name', token.name, known.name)
    })
  }
  return found
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return undefined
  }
}

function shareAWord(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    )
  const theirs = words(b)
  return [...words(a)].some((word) => theirs.has(word))
}
