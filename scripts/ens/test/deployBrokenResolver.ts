import { ContractFactory, type InterfaceAbi, type Signer } from 'ethers'
import solc from 'solc'

// A resolver that claims the EIP-1577 profile, accepts setContenthash from anyone and stores nothing:
// what a buggy or hostile resolver looks like to a tool that trusts its receipt.
const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract ForgetfulResolver {
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == 0xbc1c58d1 || interfaceId == 0x01ffc9a7;
    }

    function setContenthash(bytes32, bytes calldata) external {}

    function contenthash(bytes32) external pure returns (bytes memory) {
        return "";
    }
}
`

/**
 * Compiles (solc-js) and deploys `ForgetfulResolver`, which never stores a contenthash.
 * @returns Its address.
 */
export async function deployBrokenResolver(deployer: Signer): Promise<string> {
  const input = {
    language: 'Solidity',
    sources: { 'ForgetfulResolver.sol': { content: SOURCE } },
    settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: Array<{ severity: string; formattedMessage: string }>
    contracts: Record<string, Record<string, { abi: InterfaceAbi; evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join('\n'))
  const compiled = output.contracts['ForgetfulResolver.sol']?.ForgetfulResolver
  if (!compiled) throw new Error('solc produced no ForgetfulResolver')
  const contract = await new ContractFactory(
    compiled.abi,
    `0x${compiled.evm.bytecode.object}`,
    deployer,
  ).deploy()
  await contract.waitForDeployment()
  return contract.getAddress()
}
