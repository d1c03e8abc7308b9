import { NonceManager } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Anvil, startAnvil } from '../../indexer/test/startAnvil.ts'
import { EnsNotAuthorisedError } from './checkAuthorised.ts'
import { encodeContenthash } from './encodeContenthash.ts'
import { formatEnsUpdate } from './formatEnsUpdate.ts'
import { parseCid } from './parseCid.ts'
import { parseEnsName } from './parseEnsName.ts'
import { planContenthashUpdate } from './planContenthashUpdate.ts'
import { ContenthashMismatchError } from './sendContenthashUpdate.ts'
import { anvilAccount } from './test/anvilAccounts.ts'
import { deployBrokenResolver } from './test/deployBrokenResolver.ts'
import { deployEns, type EnsFixture } from './test/deployEns.ts'
import { updateEnsContenthash } from './updateEnsContenthash.ts'

const V1 = parseCid('bafybeibj6lixxzqtsb45ysdjnupvqkufgdvzqbnvmhw2kf7cfkesy7r7d4')
const V2 = parseCid('bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku')

let anvil: Anvil
let ens: EnsFixture
const owner = anvilAccount(1)
const delegate = anvilAccount(2)
const stranger = anvilAccount(3)

beforeAll(async () => {
  anvil = await startAnvil()
  ens = await deployEns(anvil.url)
  await ens.registerName('atlas.eth', owner.address)
  await ens.registerName('delegated.eth', owner.address)
  const forgetful = await deployBrokenResolver(new NonceManager(anvilAccount(4, ens.provider)))
  await ens.registerName('forgetful.eth', owner.address, forgetful)
  // The owner approves a delegate for one name on the resolver (PublicResolver 0.3.1's setAuthorisation;
  // newer resolvers call it approve(node, delegate, true)).
  const resolver = ens.resolverContract.connect(owner.connect(ens.provider)) as typeof ens.resolverContract
  await (
    await resolver.getFunction('setAuthorisation')(parseEnsName('delegated.eth').node, delegate.address, true)
  ).wait()
})
afterAll(async () => {
  ens?.provider.destroy()
  await anvil?.stop()
})

const deps = () => ({ provider: ens.provider, registry: ens.registry })
const signer = (wallet: typeof owner) => wallet.connect(ens.provider)
const nonce = (wallet: typeof owner) => ens.provider.getTransactionCount(wallet.address)

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

describe(updateEnsContenthash.name, () => {
  it('sends from the owner, reads the record back, then finds nothing to do', async () => {
    const name = parseEnsName('atlas.eth')
    const sent = await updateEnsContenthash(name, V1, { kind: 'send', signer: signer(owner) }, deps())
    expect(sent.kind).toBe('sent')
    if (sent.kind !== 'sent') return
    expect(sent.sent.from).toBe(owner.address)
    const after = await planContenthashUpdate(name, V1, deps())
    expect(after.kind).toBe('up-to-date')

    const before = await nonce(owner)
    const again = await updateEnsContenthash(name, V1, { kind: 'send', signer: signer(owner) }, deps())
    expect(again.kind).toBe('up-to-date')
    expect(await nonce(owner)).toBe(before)
    expect(formatEnsUpdate(again).at(-1)).toBe(`atlas.eth already points at ${V1}, nothing to do.`)
  })

  it('sends from an approved resolver delegate, and says what that key can do', async () => {
    const result = await updateEnsContenthash(
      parseEnsName('delegated.eth'),
      V2,
      { kind: 'send', signer: signer(delegate) },
      deps(),
    )
    expect(result.kind).toBe('sent')
    expect(formatEnsUpdate(result).join('\n')).toContain(
      `Sent as a resolver delegate of ${owner.address}: that key can change every record of the name`,
    )
  })

  it('refuses a key that is neither owner nor delegate, before sending anything', async () => {
    const before = await nonce(stranger)
    const error = await rejection(
      updateEnsContenthash(parseEnsName('atlas.eth'), V2, { kind: 'send', signer: signer(stranger) }, deps()),
    )
    expect(error).toBeInstanceOf(EnsNotAuthorisedError)
    expect(String(error)).toContain(`${stranger.address} may not change the records of atlas.eth`)
    expect(await nonce(stranger)).toBe(before)
  })

  it('throws ContenthashMismatchError when the mined change does not read back', async () => {
    const error = await rejection(
      updateEnsContenthash(
        parseEnsName('forgetful.eth'),
        V1,
        { kind: 'send', signer: signer(owner) },
        deps(),
      ),
    )
    expect(error).toBeInstanceOf(ContenthashMismatchError)
    expect(String(error)).toMatch(
      /does not point at bafy\w+ after transaction 0x[0-9a-f]{64}[\s\S]*is no record/,
    )
  })

  it('prints a dry run and changes nothing', async () => {
    const name = parseEnsName('atlas.eth')
    const block = await ens.provider.getBlockNumber()
    const result = await updateEnsContenthash(name, V2, { kind: 'dry-run' }, deps())
    expect(result.kind).toBe('dry-run')
    expect(await ens.provider.getBlockNumber()).toBe(block)
    const text = formatEnsUpdate(result).join('\n')
    expect(text).toContain(`contenthash  ${encodeContenthash(V2)}`)
    expect(text).toContain(`resolver     ${ens.resolver}`)
    expect(text).toContain('Dry run: nothing was sent.')
  })

  it('builds a Safe batch only for an account that may change the name', async () => {
    const name = parseEnsName('atlas.eth')
    await expect(
      updateEnsContenthash(name, V2, { kind: 'safe', safe: stranger.address }, deps()),
    ).rejects.toThrow(EnsNotAuthorisedError)
    const result = await updateEnsContenthash(name, V2, { kind: 'safe', safe: owner.address }, deps())
    expect(result.kind).toBe('safe')
    if (result.kind !== 'safe') return
    expect(result.safeIsContract).toBe(false)
    expect(formatEnsUpdate(result).join('\n')).toContain(
      'has no contract code on chain 31337: it is not a Safe',
    )
  })
})
