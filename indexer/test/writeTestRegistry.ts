import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes a minimal valid registry folder: one category, one `anvil` chain (rpcEnv RPC_URL_ANVIL) and
 * `projects/test-token.yaml` listing `token` as a token and a contract, and `eoa` as a contract.
 */
export async function writeTestRegistry(
  dir: string,
  { token, eoa, chainId = 31337 }: { token: string; eoa: string; chainId?: number },
): Promise<void> {
  await mkdir(join(dir, 'projects'), { recursive: true })
  await writeFile(
    join(dir, 'categories.yaml'),
    `categories:
  - id: dev-tools
    name: Developer tools
    description: Tools for building on chain.
`,
  )
  await writeFile(
    join(dir, 'chains.yaml'),
    `chains:
  - id: anvil
    chainId: ${chainId}
    name: Anvil
    explorer: https://example.org/address/{address}
    rpcEnv: RPC_URL_ANVIL
`,
  )
  await writeFile(
    join(dir, 'projects', 'test-token.yaml'),
    `name: Test Token
description: An ERC-20 deployed on a local anvil node by the indexer tests.
category: dev-tools
website: https://example.org
chains: [anvil]
contracts:
  - chain: anvil
    address: '${token}'
    label: Test token
    role: token
    source: https://example.org/token
  - chain: anvil
    address: '${eoa}'
    label: Deployer account, not a contract
    role: other
    source: https://example.org/deployer
tokens:
  - chain: anvil
    address: '${token}'
    symbol: ATT
    source: https://example.org/token
sources:
  - https://example.org
`,
  )
}
