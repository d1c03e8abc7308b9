import type { Chain } from '../model/schema.ts'
import { RpcArgumentInvalidError } from './RpcArgumentInvalidError.ts'

/** Where one chain's JSON-RPC endpoint comes from. */
export interface RpcEndpoint {
  /** One or more URLs, tried in order: the next serves when one fails after its retries. */
  urls: string[]
  /** How to name it in messages without printing the URL (which may hold an API key): `RPC_URL_ETHEREUM` or `--rpc 1`. */
  source: string
}

/**
 * Finds each chain's RPC URLs: `--rpc <chainId>=<url>` arguments (repeat one to add fallbacks), else the
 * chain's `rpcEnv` variable (several URLs separated by commas or spaces fall back in order). Chains with
 * neither are absent from the result. Pure: pass the arguments and the environment in.
 *
 * @example
 * resolveRpcUrls({ chains: registry.chains, rpcArgs: ['1=https://eth.example'], env: process.env })
 * @throws {RpcArgumentInvalidError} for a malformed argument, an unknown chain id, or a URL that is not
 * http(s).
 */
export function resolveRpcUrls({
  chains,
  rpcArgs = [],
  env = {},
}: {
  chains: readonly Chain[]
  rpcArgs?: readonly string[]
  env?: Readonly<Record<string, string | undefined>>
}): Map<string, RpcEndpoint> {
  const known = chains.map((chain) => `${chain.chainId} (${chain.id})`).join(', ')
  const fromArgs = new Map<number, RpcEndpoint>()
  rpcArgs.forEach((value, i) => {
    const match = /^(\d+)=(.+)$/s.exec(value)
    if (!match?.[1] || !match[2]) {
      throw new RpcArgumentInvalidError({
        argument: `--rpc argument ${i + 1}`,
        problem: 'is not of the form <chainId>=<url>',
        fix: 'write it as --rpc 1=https://… (the EIP-155 chain id, "=", the URL)',
      })
    }
    const chainId = Number(match[1])
    const source = `--rpc ${match[1]}`
    if (!chains.some((chain) => chain.chainId === chainId)) {
      throw new RpcArgumentInvalidError({
        argument: source,
        problem: `no chain in the registry has chain id ${match[1]}`,
        fix: `use one of: ${known}`,
      })
    }
    const url = checkedUrl(match[2], source)
    const earlier = fromArgs.get(chainId)
    if (earlier) earlier.urls.push(url)
    else fromArgs.set(chainId, { urls: [url], source })
  })

  const endpoints = new Map<string, RpcEndpoint>()
  for (const chain of chains) {
    const fromArg = fromArgs.get(chain.chainId)
    const fromEnv = env[chain.rpcEnv]?.trim()
    if (fromArg) endpoints.set(chain.id, fromArg)
    else if (fromEnv) {
      const urls = fromEnv.split(/[\s,]+/).map((url) => checkedUrl(url, chain.rpcEnv))
      endpoints.set(chain.id, { urls, source: chain.rpcEnv })
    }
  }
  return endpoints
}

function checkedUrl(value: string, source: string): string {
  let protocol: string | undefined
  try {
    protocol = new URL(value).protocol
  } catch {
    protocol = undefined
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new RpcArgumentInvalidError({
      argument: source,
      problem: 'is not an http(s) URL',
      fix: 'give the JSON-RPC endpoint as https://… (or http://127.0.0.1:8545 for a local node)',
    })
  }
  return value
}
