import { readFile } from 'node:fs/promises'
import { Interface, type InterfaceAbi } from 'ethers'
import { describe, expect, it } from 'vitest'
import { contenthashInterfaceId, ensRegistryAbi, publicResolverAbi } from '../../contracts-abi/index.ts'
import { ensRegistryArtifact, publicResolverArtifact } from './test/deployEns.ts'

// The ENS ABIs in contracts-abi/ are kept by hand; these checks tie them to their JSON twins and to the
// compiled @ensdomains contracts the tests deploy.

async function json(file: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(`../../contracts-abi/${file}`, import.meta.url), 'utf8'))
}

/** `name(inputs) -> (outputs)` of each function: what a caller depends on (not view/pure, not names). */
function signatures(abi: InterfaceAbi): string[] {
  const out: string[] = []
  new Interface(abi).forEachFunction((fn) => {
    out.push(`${fn.format('sighash')} -> (${fn.outputs.map((output) => output.type).join(',')})`)
  })
  return out
}

describe('ENS ABIs', () => {
  it('are the same as their JSON files', async () => {
    expect(ensRegistryAbi).toEqual(await json('ensRegistry.json'))
    expect(publicResolverAbi).toEqual(await json('publicResolver.json'))
  })

  it('are subsets of the deployed ENSRegistry and PublicResolver, with the EIP-137/1577 selectors', () => {
    expect(signatures(ensRegistryArtifact.abi)).toEqual(expect.arrayContaining(signatures(ensRegistryAbi)))
    expect(signatures(publicResolverArtifact.abi)).toEqual(
      expect.arrayContaining(signatures(publicResolverAbi)),
    )
    const resolver = new Interface(publicResolverAbi)
    expect(resolver.getFunction('contenthash')?.selector).toBe('0xbc1c58d1')
    expect(resolver.getFunction('setContenthash')?.selector).toBe('0x304e6ade')
    expect(new Interface(ensRegistryAbi).getFunction('resolver')?.selector).toBe('0x0178b8bf')
    // EIP-1577: the profile's interface id is the selector of contenthash(bytes32).
    expect(contenthashInterfaceId).toBe(resolver.getFunction('contenthash')?.selector)
  })
})
