import { dataSlice, getAddress, hexlify, keccak256, toBeHex, toUtf8Bytes, zeroPadValue } from 'ethers'
import { MULTICALL3_ADDRESS } from '../../contracts-abi/index.ts'
import { multicall3RuntimeCode, rpcBatch } from '../rpc/test/multicall3Fixture.ts'
import { ANVIL_DEV_ADDRESS, compileTestToken } from '../test/compile.ts'
import { startAnvil } from '../test/startAnvil.ts'
import type { BenchPools } from './generateBenchTargets.ts'

/** A local chain ready for the bench: anvil, Multicall3, and pools of addresses to read. */
export interface BenchChain {
  id: string
  chainId: number
  url: string
  pools: BenchPools
  stop(): Promise<void>
}

// OpenZeppelin 5 ERC20 storage: _balances, _allowances, _totalSupply, _name, _symbol.
const TOTAL_SUPPLY_SLOT = 2
const NAME_SLOT = 3
const SYMBOL_SLOT = 4
const SETUP_BATCH = 200

/**
 * Starts an anvil with `chainId`, deploys the test ERC-20 once, then gives `tokens` more addresses its
 * runtime code with their own name, symbol and supply in storage (`anvil_setCode`, `anvil_setStorageAt`),
 * puts Multicall3's code at its canonical address and at `others` more addresses (contracts that are not
 * tokens), picks `eoas` addresses without code, and mines blocks so all of it is finalized.
 *
 * @returns the chain; call `stop()` when done.
 * @throws when anvil does not start or the token's storage layout is not the expected one.
 */
export async function prepareBenchChain({
  chainId,
  tokens,
  others,
  eoas,
}: {
  chainId: number
  tokens: number
  others: number
  eoas: number
}): Promise<BenchChain> {
  const anvil = await startAnvil(['--chain-id', String(chainId)])
  try {
    const url = anvil.url
    const [hash] = await rpcBatch(url, [
      ['eth_sendTransaction', [{ from: ANVIL_DEV_ADDRESS, data: compileTestToken().bytecode }]],
    ])
    const receipt = await receiptOf(url, hash as string)
    const [tokenCode, nameWord] = (await rpcBatch(url, [
      ['eth_getCode', [receipt.contractAddress, 'latest']],
      ['eth_getStorageAt', [receipt.contractAddress, toBeHex(NAME_SLOT), 'latest']],
    ])) as [string, string]
    if (nameWord !== shortString('Atlas Test Token')) {
      throw new Error('the test token does not keep its name in slot 3; update prepareBenchChain')
    }

    const address = (kind: string, i: number) =>
      getAddress(dataSlice(keccak256(toUtf8Bytes(`${kind}-${chainId}-${i}`)), 12))
    const pools: BenchPools = {
      tokens: Array.from({ length: tokens }, (_, i) => address('token', i)),
      others: Array.from({ length: others }, (_, i) => address('other', i)),
      eoas: Array.from({ length: eoas }, (_, i) => address('eoa', i)),
    }
    const setup: Array<[string, unknown[]]> = [
      ['anvil_setCode', [MULTICALL3_ADDRESS, multicall3RuntimeCode()]],
    ]
    pools.tokens.forEach((token, i) => {
      setup.push(
        ['anvil_setCode', [token, tokenCode]],
        [
          'anvil_setStorageAt',
          [token, toBeHex(TOTAL_SUPPLY_SLOT), toBeHex((BigInt(i) + 1n) * 10n ** 18n, 32)],
        ],
        ['anvil_setStorageAt', [token, toBeHex(NAME_SLOT), shortString(`Bench Token ${i}`)]],
        ['anvil_setStorageAt', [token, toBeHex(SYMBOL_SLOT), shortString(`BT${i}`)]],
      )
    })
    for (const other of pools.others) setup.push(['anvil_setCode', [other, multicall3RuntimeCode()]])
    for (let i = 0; i < setup.length; i += SETUP_BATCH) await rpcBatch(url, setup.slice(i, i + SETUP_BATCH))
    await rpcBatch(url, [['anvil_mine', ['0x3']]])
    return { id: `bench-${chainId}`, chainId, url, pools, stop: () => anvil.stop() }
  } catch (error) {
    await anvil.stop()
    throw error
  }
}

/** Solidity's storage form of a string under 32 bytes: the bytes, left-aligned, and 2 × length last. */
function shortString(text: string): string {
  const bytes = toUtf8Bytes(text)
  if (bytes.length > 31) throw new Error(`"${text}" is too long for a short string`)
  const word = new Uint8Array(32)
  word.set(bytes)
  word[31] = bytes.length * 2
  return zeroPadValue(hexlify(word), 32)
}

/**
 * The receipt of a transaction, asked for until it is mined: anvil answers `eth_sendTransaction` before
 * its auto-mined block is sealed, so the first ask can still find no receipt.
 */
async function receiptOf(
  url: string,
  hash: string,
  timeoutMs = 10_000,
): Promise<{ contractAddress: string }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [receipt] = (await rpcBatch(url, [['eth_getTransactionReceipt', [hash]]])) as [
      { contractAddress: string } | null,
    ]
    if (receipt) return receipt
    if (Date.now() > deadline) throw new Error(`anvil mined no receipt for ${hash} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
