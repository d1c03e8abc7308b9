import { readFile } from 'node:fs/promises'
import { Interface, type InterfaceAbi } from 'ethers'
import { describe, expect, it } from 'vitest'
import {
  ensResolverRecordsAbi,
  erc20Bytes32Abi,
  erc165Abi,
  erc721Abi,
  ownableAbi,
  safeAbi,
  timelockControllerAbi,
  upgradeableBeaconAbi,
} from './index.ts'

// The ABIs the indexer's probes call, kept by hand: each must equal its JSON twin, and its selectors must be
// the ones deployed contracts answer to (a typo in a name or type changes the selector silently).
const abis: Record<string, { abi: InterfaceAbi; selectors: Record<string, string> }> = {
  ownable: { abi: ownableAbi, selectors: { owner: '0x8da5cb5b' } },
  safe: { abi: safeAbi, selectors: { getThreshold: '0xe75235b8', getOwners: '0xa0e67e2b' } },
  timelockController: { abi: timelockControllerAbi, selectors: { getMinDelay: '0xf27a0c92' } },
  upgradeableBeacon: { abi: upgradeableBeaconAbi, selectors: { implementation: '0x5c60da1b' } },
  erc165: { abi: erc165Abi, selectors: { supportsInterface: '0x01ffc9a7' } },
  erc721: {
    abi: erc721Abi,
    selectors: { name: '0x06fdde03', symbol: '0x95d89b41', totalSupply: '0x18160ddd' },
  },
  erc20Bytes32: { abi: erc20Bytes32Abi, selectors: { name: '0x06fdde03', symbol: '0x95d89b41' } },
  ensResolverRecords: { abi: ensResolverRecordsAbi, selectors: { addr: '0x3b3b57de', name: '0x691f3431' } },
}

describe('probe ABIs', () => {
  it.each(Object.keys(abis))('%s is the same ABI as its JSON file', async (file) => {
    const json: unknown = JSON.parse(await readFile(new URL(`./${file}.json`, import.meta.url), 'utf8'))
    expect(abis[file]?.abi).toEqual(json)
  })

  it.each(Object.keys(abis))('%s has the standard selectors', (file) => {
    const entry = abis[file]
    if (!entry) throw new Error(file)
    const iface = new Interface(entry.abi)
    const selectors = Object.fromEntries(
      Object.keys(entry.selectors).map((name) => [name, iface.getFunction(name)?.selector]),
    )
    expect(selectors).toEqual(entry.selectors)
  })
})
