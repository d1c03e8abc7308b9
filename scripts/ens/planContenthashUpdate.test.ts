import { Interface } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicResolverAbi } from '../../contracts-abi/index.ts'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import { encodeContenthash } from './encodeContenthash.ts'
import { parseCid } from './parseCid.ts'
import { parseEnsName } from './parseEnsName.ts'
import {
  EnsResolverMissingError,
  EnsResolverUnsupportedError,
  planContenthashUpdate,
} from './planContenthashUpdate.ts'
import { anvilAccount } from './test/anvilAccounts.ts'
import { deployEns, type EnsFixture } from './test/deployEns.ts'

const OLD = parseCid('bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku')
const NEW = parseCid('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4')

let anvil: Anvil
let ens: EnsFixture
const owner = anvilAccount(1)

beforeAll(async () => {
  anvil = await startAnvil()
  ens = await deployEns(anvil.url)
  await ens.registerName('atlas.eth', owner.address)
  await ens.registerName('noresolver.eth', owner.address, null)
  await ens.registerName('eoaresolver.eth', owner.address, anvilAccount(5).address)
  // A contract that is not a resolver: the registry itself.
  await ens.registerName('wrongresolver.eth', owner.address, ens.registry)
})
afterAll(async () => {
  ens?.provider.destroy()
  await anvil?.stop()
})

const deps = () => ({ provider: ens.provider, registry: ens.registry })

async function setContenthash(name: string, contenthash: string): Promise<number> {
  const resolver = ens.resolverContract.connect(owner.connect(ens.provider)) as typeof ens.resolverContract
  const tx = await resolver.getFunction('setContenthash')(parseEnsName(name).node, contenthash)
  return (await tx.wait()).blockNumber
}

describe(planContenthashUpdate.name, () => {
  it('plans setContenthash on the name’s resolver when the record differs', async () => {
    const name = parseEnsName('atlas.eth')
    const plan = await planContenthashUpdate(name, NEW, deps())
    expect(plan).toMatchObject({
      kind: 'update',
      chainId: 31337n,
      registry: ens.registry,
      resolver: ens.resolver,
      owner: owner.address,
      current: { kind: 'none' },
      contenthash: encodeContenthash(NEW),
    })
    if (plan.kind !== 'update') throw new Error('expected an update')
    const call = new Interface(publicResolverAbi).parseTransaction({ data: plan.calldata })
    expect(call?.name).toBe('setContenthash')
    expect(call?.args.toArray()).toEqual([name.node, encodeContenthash(NEW)])
  })

  it('reads at the pinned block, not at latest', async () => {
    const before = await ens.provider.getBlockNumber()
    const setAt = await setContenthash('atlas.eth', encodeContenthash(OLD))
    expect(setAt).toBeGreaterThan(before)
    const pinned = await planContenthashUpdate(parseEnsName('atlas.eth'), OLD, {
      ...deps(),
      blockNumber: before,
    })
    expect(pinned).toMatchObject({ kind: 'update', blockNumber: before, current: { kind: 'none' } })
    const latest = await planContenthashUpdate(parseEnsName('atlas.eth'), OLD, deps())
    expect(latest).toMatchObject({ kind: 'up-to-date', blockNumber: setAt })
  })

  it('finds the name up to date whatever CID version the target is given in', async () => {
    await setContenthash('atlas.eth', encodeContenthash(NEW))
    const plan = await planContenthashUpdate(
      parseEnsName('atlas.eth'),
      parseCid(NEW.toV0().toString()),
      deps(),
    )
    expect(plan.kind).toBe('up-to-date')
    expect(plan.current.kind === 'ipfs' && plan.current.cid.equals(NEW)).toBe(true)
  })

  it('refuses a name without a resolver, registered or not', async () => {
    for (const name of ['noresolver.eth', 'nobody.eth']) {
      await expect(planContenthashUpdate(parseEnsName(name), NEW, deps())).rejects.toThrow(
        EnsResolverMissingError,
      )
    }
    await expect(planContenthashUpdate(parseEnsName('nobody.eth'), NEW, deps())).rejects.toThrow(
      /nobody\.eth has no resolver[\s\S]*set its resolver/,
    )
  })

  it('refuses a resolver that cannot hold a contenthash', async () => {
    await expect(planContenthashUpdate(parseEnsName('eoaresolver.eth'), NEW, deps())).rejects.toThrow(
      /cannot hold a contenthash: it is not a contract/,
    )
    await expect(planContenthashUpdate(parseEnsName('wrongresolver.eth'), NEW, deps())).rejects.toThrow(
      EnsResolverUnsupportedError,
    )
  })
})
