import { getAddress, Interface } from 'ethers'
import { describe, expect, it } from 'vitest'
import { publicResolverAbi } from '../../contracts-abi/index.ts'
import { buildSafeBatch, safeBatchChecksum } from './buildSafeBatch.ts'
import { encodeContenthash } from './encodeContenthash.ts'
import { parseCid } from './parseCid.ts'
import { parseEnsName } from './parseEnsName.ts'
import type { ContenthashPlan } from './planContenthashUpdate.ts'

const SAFE = '0x5afe5afe5afe5afe5afe5afe5afe5afe5afe5afe'
const RESOLVER = getAddress('0x4976fb03c32e5b8cfe2b6ccb31c09ba78ebaba41')

function updatePlan(): ContenthashPlan & { kind: 'update' } {
  const name = parseEnsName('atlas.eth')
  const target = parseCid('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4')
  const contenthash = encodeContenthash(target)
  return {
    kind: 'update',
    name,
    chainId: 1n,
    blockNumber: 21_000_000,
    registry: getAddress('0x00000000000c2e074ec69a0dfb2997ba6c7d2e1e'),
    owner: getAddress(SAFE),
    resolver: RESOLVER,
    current: { kind: 'none' },
    target,
    contenthash,
    calldata: new Interface(publicResolverAbi).encodeFunctionData('setContenthash', [name.node, contenthash]),
  }
}

describe(safeBatchChecksum.name, () => {
  it("matches the Transaction Builder's own test vector", () => {
    // safe-global/safe-react-apps apps/tx-builder/src/lib/checksum.test.js: its batch and expected checksum.
    const batch = {
      version: '1.0',
      chainId: '4',
      createdAt: 1646321521061,
      meta: {
        name: 'test batch file',
        txBuilderVersion: '1.4.0',
        checksum: '',
        createdFromSafeAddress: '0xDF8a1Ce35c9a6ACE153B4e0767942f1E2291a1Aa',
        createdFromOwnerAddress: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6',
      },
      transactions: [
        {
          to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6',
          value: '0',
          contractMethod: {
            inputs: [{ internalType: 'address', name: 'paramAddress', type: 'address' }],
            name: 'testAddress',
            payable: false,
          },
          contractInputsValues: { paramAddress: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6' },
        },
        {
          to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6',
          value: '0',
          contractMethod: {
            inputs: [{ internalType: 'bool', name: 'paramBool', type: 'bool' }],
            name: 'testBool',
            payable: false,
          },
          contractInputsValues: { paramAddress: '', paramBool: 'false' },
        },
        {
          to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6',
          value: '2000000000000000000',
          data: '0x42f4579000000000000000000000000049d4450977e2c95362c13d3a31a09311e0ea26a6',
        },
      ],
    }
    expect(safeBatchChecksum(batch)).toBe(
      '0x4ecbfd364aa6759983915644e73f8bd411e85a2dc306f252a387c2728c4db64c',
    )
  })
})

describe(buildSafeBatch.name, () => {
  it('holds one call of setContenthash to the resolver, with no value, for the Safe on its chain', () => {
    const plan = updatePlan()
    const batch = buildSafeBatch(plan, SAFE)
    expect(batch).toMatchObject({
      version: '1.0',
      chainId: '1',
      createdAt: 0,
      meta: { createdFromSafeAddress: getAddress(SAFE), createdFromOwnerAddress: '' },
      transactions: [{ to: RESOLVER, value: '0', data: plan.calldata }],
    })
    expect(batch.meta.description).toContain('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4')
    expect(batch.meta.description).toContain('npm run verify')
  })

  it('carries the checksum the Transaction Builder recomputes on load (file without meta.checksum)', () => {
    const { meta, ...rest } = buildSafeBatch(updatePlan(), SAFE)
    const { checksum, ...metaWithoutChecksum } = meta
    expect(checksum).toBe(safeBatchChecksum({ ...rest, meta: metaWithoutChecksum }))
    // Renaming a batch in the app keeps it valid: the name is not part of the checksum.
    expect(checksum).toBe(safeBatchChecksum({ ...rest, meta: { ...metaWithoutChecksum, name: 'renamed' } }))
    expect(checksum).not.toBe(safeBatchChecksum({ ...rest, chainId: '5', meta: metaWithoutChecksum }))
  })

  it('gives the same bytes for the same plan (no wall-clock time)', () => {
    expect(JSON.stringify(buildSafeBatch(updatePlan(), SAFE))).toBe(
      JSON.stringify(buildSafeBatch(updatePlan(), SAFE)),
    )
  })
})
