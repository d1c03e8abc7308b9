import type { Registry } from '../model/schema.ts'
import { OPEN_DATA_LICENSE } from './openDataLicense.ts'

/** A token list in the Uniswap token lists format (https://tokenlists.org), which wallets read. */
export interface TokenList {
  name: string
  timestamp: string
  version: { major: number; minor: number; patch: number }
  keywords: string[]
  tags: Record<string, { name: string; description: string }>
  tokens: Array<{
    chainId: number
    address: string
    name: string
    symbol: string
    decimals: number
    tags: string[]
    extensions: { project: string; category: string }
  }>
}

export interface TokenListOptions {
  /** The Atlas release the list ships with, e.g. "1.4.2"; the list's version follows it. */
  version: string
  /** When the data was read, ISO 8601; must not be wall-clock time, or builds stop being reproducible. */
  timestamp: string
  /** Decimals known from elsewhere (snapshots, the Uniswap default list), by `<chainId>:<lowercase address>`. */
  knownDecimals?: ReadonlyMap<string, number>
}

/** A registry token that cannot go in the list, and why. */
export interface TokenLeftOut {
  project: string
  chain: string
  address: string
  reason: string
}

/**
 * Builds `tokenlist.json` from the registry's tokens: one entry per token, in registry order, tagged with
 * the data licence and the project that issues it. Tokens whose decimals are known neither from the
 * registry nor from `knownDecimals` are left out (the format requires decimals) and returned in `leftOut`.
 * Pure.
 *
 * @throws {RangeError} when `version` is not `major.minor.patch`.
 * @example buildTokenList(registry, { version: '0.1.0', timestamp: '1970-01-01T00:00:00.000Z' }).list.tokens[0].symbol // 'AAVE'
 */
export function buildTokenList(
  registry: Registry,
  options: TokenListOptions,
): { list: TokenList; leftOut: TokenLeftOut[] } {
  const version = /^(\d+)\.(\d+)\.(\d+)/.exec(options.version)
  if (!version) throw new RangeError(`version "${options.version}" is not major.minor.patch`)
  const chainIds = new Map(registry.chains.map((chain) => [chain.id as string, chain.chainId]))
  const tokens: TokenList['tokens'] = []
  const leftOut: TokenLeftOut[] = []
  for (const project of registry.projects) {
    for (const token of project.tokens) {
      const chainId = chainIds.get(token.chain)
      const where = {
        project: project.slug as string,
        chain: token.chain as string,
        address: token.address as string,
      }
      if (chainId === undefined) {
        leftOut.push({ ...where, reason: `chain "${token.chain}" is not in chains.yaml` })
        continue
      }
      const decimals =
        token.decimals ?? options.knownDecimals?.get(`${chainId}:${token.address.toLowerCase()}`)
      if (decimals === undefined) {
        leftOut.push({ ...where, reason: 'decimals unknown: add `decimals` to the token in the registry' })
        continue
      }
      tokens.push({
        chainId,
        address: token.address,
        name: listText(token.name ?? project.name, 60),
        symbol: token.symbol,
        decimals,
        tags: [LICENSE_TAG],
        extensions: { project: project.slug, category: project.category },
      })
    }
  }
  return {
    list: {
      name: 'Web3 Atlas',
      timestamp: options.timestamp,
      version: { major: Number(version[1]), minor: Number(version[2]), patch: Number(version[3]) },
      keywords: ['web3 atlas', 'open data', 'cc by 4'],
      tags: {
        [LICENSE_TAG]: {
          name: 'Open data CC BY 4',
          description: `From the Web3 Atlas registry. Data licence: ${OPEN_DATA_LICENSE.name}, by ${OPEN_DATA_LICENSE.attribution}.`,
        },
      },
      tokens,
    },
    leftOut,
  }
}

const LICENSE_TAG = 'cc_by_4'

/** The token lists format allows no tabs or newlines in names and caps their length. */
function listText(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max)
}
