import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProbeFixtures } from './deployProbeFixtures.ts'

/** The label each fixture contract has in the probe test registry. */
export const PROBE_LABELS = {
  transparentProxy: 'Atlas transparent proxy',
  beaconProxy: 'Atlas beacon proxy',
  clone: 'Atlas clone',
  safe: 'Atlas Safe',
  timelock: 'Atlas timelock',
  ownedBySafe: 'Atlas owned by the Safe',
  ownedByEoa: 'Atlas owned by an EOA',
  renounced: 'Atlas renounced',
  delegated: 'Atlas delegated EOA',
  token: 'Atlas test token',
  deployer: 'Atlas deployer account',
} as const

/**
 * Writes a registry folder for the probe fixtures: an `anvil` chain (chain id 31337, rpcEnv RPC_URL_ANVIL)
 * whose `ensRegistry` is the fixtures' ENS registry, and a project `atlas` listing every fixture contract,
 * the three tokens and the ENS name `atlas.eth`. The ERC-721 is listed as "ATLX" (it says ATLC) and the
 * bytes32 token with 8 decimals (it has 18), so the indexer has mismatches to report.
 */
export async function writeProbeRegistry(
  dir: string,
  fixtures: ProbeFixtures,
  {
    multicall3,
    description = "Contracts deployed on a local anvil node by the indexer's probe tests.",
  }: {
    /** The chain's `multicall3`, when the test placed one. */
    multicall3?: string
    /** The project's description: change it to change the registry's hash and nothing else. */
    description?: string
  } = {},
): Promise<void> {
  await mkdir(join(dir, 'projects'), { recursive: true })
  await writeFile(
    join(dir, 'categories.yaml'),
    'categories:\n  - id: dev-tools\n    name: Developer tools\n    description: Tools for building on chain.\n',
  )
  await writeFile(
    join(dir, 'chains.yaml'),
    `chains:
  - id: anvil
    chainId: 31337
    name: Anvil
    explorer: https://example.org/address/{address}
    rpcEnv: RPC_URL_ANVIL
    ensRegistry: '${fixtures.ens.registry}'
${multicall3 ? `    multicall3: '${multicall3}'\n` : ''}`,
  )
  const contract = (address: string, label: string) =>
    `  - chain: anvil\n    address: '${address}'\n    label: ${label}\n    role: other\n    source: https://example.org/contract\n`
  const token = (address: string, symbol: string, decimals?: number) =>
    `  - chain: anvil\n    address: '${address}'\n    symbol: ${symbol}\n` +
    (decimals === undefined ? '' : `    decimals: ${decimals}\n`) +
    '    source: https://example.org/token\n'
  const addresses: Record<keyof typeof PROBE_LABELS, string> = {
    transparentProxy: fixtures.transparentProxy,
    beaconProxy: fixtures.beaconProxy,
    clone: fixtures.clone,
    safe: fixtures.safe,
    timelock: fixtures.timelock,
    ownedBySafe: fixtures.ownedBySafe,
    ownedByEoa: fixtures.ownedByEoa,
    renounced: fixtures.renounced,
    delegated: fixtures.accounts.delegated,
    token: fixtures.token,
    deployer: fixtures.accounts.deployer,
  }
  await writeFile(
    join(dir, 'projects', 'atlas.yaml'),
    `name: Atlas
description: ${description}
category: dev-tools
website: https://example.org
ens: ${fixtures.ens.name}
chains: [anvil]
contracts:
${Object.entries(PROBE_LABELS)
  .map(([key, label]) => contract(addresses[key as keyof typeof PROBE_LABELS], label))
  .join('')}tokens:
${token(fixtures.token, 'ATT', 18)}${token(fixtures.collection, 'ATLX')}${token(fixtures.bytes32Token, 'AMKR', 8)}sources:
  - https://example.org
`,
  )
}
