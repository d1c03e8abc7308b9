import { editDistance } from './closestMatch.ts'

/** What a project says about itself that can reveal it is listed twice. */
export interface DuplicateCandidate {
  /** The project's file, e.g. `registry/projects/uniswap.yaml`. */
  file: string
  name: string
  /** Its https home page. */
  website: string
  /** Where its source code lives (`links.source`), e.g. https://github.com/Uniswap; optional. */
  source?: string
  /** Addresses of the tokens it issues, on any chain. */
  tokenAddresses: readonly string[]
  /** Slugs it is known not to duplicate (`distinctFrom`), with its own slug; optional. */
  slug?: string
  distinctFrom?: readonly string[]
}

/** One project that looks like another, earlier one. */
export interface NearDuplicate {
  /** The later file (in the order given), where the warning goes. */
  file: string
  /** The earlier file it looks like. */
  other: string
  /** Why, e.g. `same website domain uniswap.org`. */
  reason: string
}

// Words many projects append to their name; "Aave" and "Aave Protocol" are the same project.
const NOISE_WORDS = new Set(['protocol', 'finance', 'network', 'labs', 'dao'])
const SUBDOMAINS = /^(?:www|app|docs)\./
// Hosts where many unrelated projects live side by side: a project there is identified by its path.
const SHARED_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'codeberg.org',
  'npmjs.com',
  'www.npmjs.com',
  'pypi.org',
  'crates.io',
])

/**
 * What makes a website one project's own: its host without `www.`, or on a shared host such as github.com
 * or npmjs.com, the host plus the first two path segments (the owner and repository, or `package/<name>`).
 * Undefined when it is not a URL.
 * @example websiteIdentity('https://www.uniswap.org/') // 'uniswap.org'
 * @example websiteIdentity('https://github.com/transmissions11/solmate') // 'github.com/transmissions11/solmate'
 */
export function websiteIdentity(website: string): string | undefined {
  let url: URL
  try {
    url = new URL(website)
  } catch {
    return undefined
  }
  const host = url.hostname.toLowerCase()
  if (!SHARED_HOSTS.has(host)) return host.replace(/^www\./, '') || undefined
  const segments = url.pathname.split('/').filter(Boolean).slice(0, 2)
  return [host.replace(/^www\./, ''), ...segments].join('/').toLowerCase()
}

const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'])

/**
 * Where a project's code lives, as `host/owner` for an organisation link or `host/owner/repo` for a
 * repository link, lowercased; undefined for other links. Two projects in one organisation that each link
 * their own repository do not collide; two that link the same organisation do.
 * @example sourceLocation('https://github.com/Uniswap/') // 'github.com/uniswap'
 * @example sourceLocation('https://github.com/ethereum/go-ethereum/tree/master') // 'github.com/ethereum/go-ethereum'
 */
export function sourceLocation(source: string): string | undefined {
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return undefined
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (!CODE_HOSTS.has(host)) return undefined
  const [owner, repo] = url.pathname.split('/').filter(Boolean)
  if (!owner) return undefined
  return [host, owner, repo?.replace(/\.git$/, '')].filter(Boolean).join('/').toLowerCase()
}

/**
 * Compares a project's name without case, punctuation or noise words.
 * @example normalizeName('Aave Protocol') // 'aave'
 */
export function normalizeName(name: string): string {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const kept = words.filter((word) => !NOISE_WORDS.has(word))
  return (kept.length > 0 ? kept : words).join('')
}

/**
 * The domain a website belongs to, without `www.`, `app.` or `docs.`; undefined when it is not a URL.
 * @example websiteDomain('https://app.uniswap.org/swap') // 'uniswap.org'
 */
export function websiteDomain(website: string): string | undefined {
  let host: string
  try {
    host = new URL(website).hostname.toLowerCase()
  } catch {
    return undefined
  }
  if (SHARED_HOSTS.has(host)) return websiteIdentity(website)
  while (SUBDOMAINS.test(host)) host = host.replace(SUBDOMAINS, '')
  return host || undefined
}

/**
 * Finds projects that are probably listed twice: same or nearly the same normalized name (one edit apart
 * when both names have at least 5 characters, two when both have at least 10), same website domain, same source-code organisation or repository, or same token address. Each pair
 * is reported once, on the later project, with the first reason found. Pure.
 *
 * @param projects - in a stable order (by slug); the later of a pair gets the warning
 * @returns one entry per suspicious pair
 * @example
 * findNearDuplicates([uniswap, uniswapV2])
 * // [{ file: 'registry/projects/uniswap-v2.yaml', other: 'registry/projects/uniswap.yaml',
 * //    reason: 'same website domain uniswap.org' }]
 */
export function findNearDuplicates(projects: readonly DuplicateCandidate[]): NearDuplicate[] {
  const facts = projects.map((project) => ({
    file: project.file,
    name: normalizeName(project.name),
    domain: websiteDomain(project.website),
    source: project.source ? sourceLocation(project.source) : undefined,
    tokens: new Set(project.tokenAddresses.map((address) => address.toLowerCase())),
    slug: project.slug,
    distinctFrom: new Set(project.distinctFrom ?? []),
  }))
  // Index every fact that can make a pair, so each project is compared only with the few that share a
  // key instead of with every earlier one: linear in the registry's size, not quadratic.
  const byKey = new Map<string, number[]>()
  const keysOf = (fact: (typeof facts)[number]) => [
    ...(fact.domain ? [`domain ${fact.domain}`] : []),
    ...(fact.source ? [`source ${fact.source}`] : []),
    ...[...fact.tokens].map((address) => `token ${address}`),
    ...nameKeys(fact.name).map((key) => `name ${key}`),
  ]
  const found: NearDuplicate[] = []
  for (const [j, later] of facts.entries()) {
    const keys = keysOf(later)
    const candidates = new Set<number>()
    for (const key of keys) for (const i of byKey.get(key) ?? []) candidates.add(i)
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const earlier = facts[i] as (typeof facts)[number]
      if (acknowledgedDistinct(earlier, later)) continue
      const reason = duplicateReason(earlier, later)
      if (reason) {
        found.push({ file: later.file, other: earlier.file, reason })
        break
      }
    }
    for (const key of keys) {
      const list = byKey.get(key)
      if (list) list.push(j)
      else byKey.set(key, [j])
    }
  }
  return found
}

/**
 * Keys two names share whenever they are close enough to be compared (symmetric deletion): the name and
 * every variant with one character deleted, plus two deleted for names of 10 or more. Two names within
 * the allowed edits always share one; sharing one does not make them close (the edit distance decides).
 */
function nameKeys(name: string): string[] {
  if (name.length === 0) return []
  const keys = new Set([name])
  if (name.length < 5) return [...keys]
  const deleteOne = (text: string) => Array.from(text, (_, i) => text.slice(0, i) + text.slice(i + 1))
  for (const once of deleteOne(name)) {
    keys.add(once)
    if (name.length >= 10) for (const twice of deleteOne(once)) keys.add(twice)
  }
  return [...keys]
}

function acknowledgedDistinct(
  a: { slug?: string; distinctFrom: Set<string> },
  b: { slug?: string; distinctFrom: Set<string> },
): boolean {
  return (
    (b.slug !== undefined && a.distinctFrom.has(b.slug)) ||
    (a.slug !== undefined && b.distinctFrom.has(a.slug))
  )
}

interface DuplicateFacts {
  name: string
  domain: string | undefined
  source: string | undefined
  tokens: Set<string>
}

function duplicateReason(a: DuplicateFacts, b: DuplicateFacts): string | undefined {
  if (a.domain && a.domain === b.domain) return `same website domain ${a.domain}`
  if (a.source && a.source === b.source) return `same source code at ${a.source}`
  const sharedToken = [...b.tokens].find((address) => a.tokens.has(address))
  if (sharedToken) return `same token address ${sharedToken}`
  if (a.name && a.name === b.name) return `same name "${a.name}"`
  // Short names are close by chance ("Tellor" and "Tensor"); allow more edits only in longer names.
  const shorter = Math.min(a.name.length, b.name.length)
  const allowedEdits = shorter >= 10 ? 2 : shorter >= 5 ? 1 : 0
  if (allowedEdits > 0 && editDistance(a.name, b.name) <= allowedEdits)
    return `similar names "${a.name}" and "${b.name}"`
  return undefined
}
