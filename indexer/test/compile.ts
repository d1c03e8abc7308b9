import { ContractFactory, type InterfaceAbi, JsonRpcProvider, Wallet } from 'ethers'
import { compileSolidity } from './compileSolidity.ts'

/**
 * The first default account of anvil's public test mnemonic ("test test … junk"). PUBLIC ANVIL DEV KEY:
 * known to everyone, holds value only on local dev chains. Never use it anywhere else.
 */
export const ANVIL_DEV_PRIVATE_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'
/** Its address. */
export const ANVIL_DEV_ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** What the test token is deployed with. */
export const TEST_TOKEN = {
  name: 'Atlas Test Token',
  symbol: 'ATT',
  decimals: 18,
  /** 1,000,000 tokens of 18 decimals, minted to the deployer. */
  totalSupply: 1_000_000n * 10n ** 18n,
} as const

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract AtlasTestToken is ERC20 {
    constructor() ERC20("${TEST_TOKEN.name}", "${TEST_TOKEN.symbol}") {
        _mint(msg.sender, ${TEST_TOKEN.totalSupply / 10n ** 18n} * 10 ** decimals());
    }
}
`

/** A compiled contract: its ABI and creation bytecode. */
export interface CompiledContract {
  abi: InterfaceAbi
  bytecode: string
}

let compiled: CompiledContract | undefined

/**
 * Compiles `AtlasTestToken` (OpenZeppelin's ERC20 with a fixed supply minted to the deployer) with solc-js,
 * resolving `@openzeppelin/…` imports from node_modules. Cached: solc-js takes a few seconds.
 */
export function compileTestToken(): CompiledContract {
  if (compiled) return compiled
  const contract = compileSolidity({ 'AtlasTestToken.sol': SOURCE }).AtlasTestToken
  if (!contract) throw new Error('solc produced no AtlasTestToken')
  compiled = contract
  return contract
}

/**
 * Deploys a fresh `AtlasTestToken` from the anvil dev account, then mines two more blocks so the
 * deployment is in anvil's `finalized` block (see startAnvil).
 * @returns the token's checksummed address and the block it was deployed in.
 */
export async function deployTestToken(url: string): Promise<{ address: string; deployBlock: number }> {
  const provider = new JsonRpcProvider(url, 31337, { staticNetwork: true })
  try {
    const { abi, bytecode } = compileTestToken()
    const wallet = new Wallet(ANVIL_DEV_PRIVATE_KEY, provider)
    const contract = await new ContractFactory(abi, bytecode, wallet).deploy()
    const receipt = await contract.deploymentTransaction()?.wait()
    if (!receipt) throw new Error('the deployment has no receipt')
    await provider.send('anvil_mine', ['0x2'])
    return { address: await contract.getAddress(), deployBlock: receipt.blockNumber }
  } finally {
    provider.destroy()
  }
}
