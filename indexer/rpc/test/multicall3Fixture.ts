import solc from 'solc'
import { MULTICALL3_ADDRESS } from '../../../contracts-abi/index.ts'

/**
 * A minimal Multicall3 (MIT), written from its public interface: `aggregate3` only, with the same ABI
 * and the same behaviour for `allowFailure` as mds1/multicall's Multicall3, which no npm package ships
 * as an artifact for ethers.
 */
const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    function aggregate3(Call3[] calldata calls) public payable returns (Result[] memory returnData) {
        uint256 length = calls.length;
        returnData = new Result[](length);
        for (uint256 i = 0; i < length; i++) {
            Call3 calldata call = calls[i];
            (bool success, bytes memory data) = call.target.call(call.callData);
            require(success || call.allowFailure, "Multicall3: call failed");
            returnData[i] = Result(success, data);
        }
    }
}
`

let runtime: string | undefined

/** Compiles the Multicall3 above with solc-js (cached) and returns its runtime bytecode. */
export function multicall3RuntimeCode(): string {
  if (runtime) return runtime
  const input = {
    language: 'Solidity',
    sources: { 'Multicall3.sol': { content: SOURCE } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['evm.deployedBytecode.object'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: Array<{ severity: string; formattedMessage: string }>
    contracts: Record<string, Record<string, { evm: { deployedBytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join('\n'))
  const object = output.contracts['Multicall3.sol']?.Multicall3?.evm.deployedBytecode.object
  if (!object) throw new Error('solc produced no Multicall3')
  runtime = `0x${object}`
  return runtime
}

/** Sends JSON-RPC requests to a local node as one batch and returns the results, throwing on any error. */
export async function rpcBatch(url: string, calls: ReadonlyArray<[string, unknown[]]>): Promise<unknown[]> {
  if (calls.length === 0) return []
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(calls.map(([method, params], id) => ({ jsonrpc: '2.0', id, method, params }))),
  })
  const answers = (await response.json()) as Array<{
    id: number
    result?: unknown
    error?: { message: string }
  }>
  return calls.map((_, id) => {
    const answer = answers.find((a) => a.id === id)
    if (!answer || answer.error) throw new Error(`${calls[id]?.[0]} failed: ${answer?.error?.message}`)
    return answer.result
  })
}

/**
 * Puts Multicall3's runtime code at `address` (default the canonical 0xcA11…CA11) on an anvil node with
 * `anvil_setCode`, then mines `mine` blocks so the code is in anvil's finalized block (see startAnvil).
 */
export async function installMulticall3(
  url: string,
  { address = MULTICALL3_ADDRESS, mine = 3 } = {},
): Promise<void> {
  await rpcBatch(url, [['anvil_setCode', [address, multicall3RuntimeCode()]]])
  await rpcBatch(url, [['anvil_mine', [`0x${mine.toString(16)}`]]])
}
