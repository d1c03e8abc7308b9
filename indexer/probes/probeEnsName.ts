import { getAddress, Interface, namehash, ZeroAddress } from 'ethers'
import { ensRegistryAbi, ensResolverRecordsAbi, publicResolverAbi } from '../../contracts-abi/index.ts'
import type { CallResult } from '../rpc/ChainReader.ts'
import type { EnsFacts } from '../snapshot/snapshotSchema.ts'
import { decodeCallResult } from './decodeCallResult.ts'
import { decodeContenthash } from './decodeContenthash.ts'
import { all, andThen, done, map, type Plan, readCall } from './Plan.ts'
import { ProbeCallFailedError } from './ProbeCallFailedError.ts'
import { probeController } from './probeController.ts'

const registryAbi = new Interface(ensRegistryAbi)
const records = new Interface(ensResolverRecordsAbi)
const contenthashAbi = new Interface(publicResolverAbi)

/** What the indexer records about an ENS name (the snapshot adds the stale mark). */
export type EnsReading = Omit<EnsFacts, 'stale'>

/**
 * Reads a name straight from the ENS registry and resolver contracts, so every value is pinned to the
 * reader's block (ethers' ENS helpers read `latest` only): the name's owner (classified like any
 * controller) and resolver, then `addr(node)` and `contenthash(node)` (ENSIP-7, decoded), then the reverse
 * record of that address (`name()` of `<addr>.addr.reverse` on the resolver the registry names for it),
 * which is `primary` when it gives this name back.
 *
 * @param registry The chain's ENS registry (chains.yaml `ensRegistry`).
 * @param name An ENSIP-15 normalized name, e.g. "uniswap.eth".
 * @throws {ProbeCallFailedError} (inside the plan) when the registry does not answer `owner`/`resolver`.
 */
export function probeEnsName(registry: string, name: string): Plan<EnsReading> {
  const node = namehash(name)
  return andThen(
    all([
      readCall(registry, registryAbi.encodeFunctionData('owner', [node])),
      readCall(registry, registryAbi.encodeFunctionData('resolver', [node])),
    ]),
    ([ownerResult, resolverResult]) => {
      const owner = decodeCallResult(registryAbi, 'owner', ownerResult)
      const resolver = decodeCallResult(registryAbi, 'resolver', resolverResult)
      if (typeof owner !== 'string' || typeof resolver !== 'string') {
        throw new ProbeCallFailedError({
          address: registry,
          reason: 'the ENS registry does not answer owner() and resolver()',
        })
      }
      const ownerPlan = probeController(owner)
      if (resolver === ZeroAddress) {
        return map(ownerPlan, (controller): EnsReading => ({ owner: controller, primary: false }))
      }
      return andThen(
        all([
          ownerPlan,
          readCall(resolver, records.encodeFunctionData('addr', [node])),
          readCall(resolver, contenthashAbi.encodeFunctionData('contenthash', [node])),
        ]),
        ([controller, addrResult, contenthashResult]) => {
          const address = decodeAddress(addrResult)
          const hash = decodeCallResult(contenthashAbi, 'contenthash', contenthashResult)
          const contenthash = typeof hash === 'string' ? decodeContenthash(hash) : undefined
          const facts: EnsReading = {
            owner: controller,
            resolver: getAddress(resolver),
            primary: false,
            ...(address ? { address } : {}),
            ...(contenthash ? { contenthash } : {}),
          }
          if (!address) return done(facts)
          return map(readReverseName(registry, address), (reverseName) =>
            reverseName === undefined ? facts : { ...facts, reverseName, primary: reverseName === name },
          )
        },
      )
    },
  )
}

/** The name the reverse record of `address` gives, if any. */
function readReverseName(registry: string, address: string): Plan<string | undefined> {
  const node = namehash(`${address.slice(2).toLowerCase()}.addr.reverse`)
  return andThen(readCall(registry, registryAbi.encodeFunctionData('resolver', [node])), (result) => {
    const resolver = decodeCallResult(registryAbi, 'resolver', result)
    if (typeof resolver !== 'string' || resolver === ZeroAddress) return done(undefined)
    return map(readCall(resolver, records.encodeFunctionData('name', [node])), (nameResult) => {
      const reverse = decodeCallResult(records, 'name', nameResult)
      return typeof reverse === 'string' && reverse !== '' ? reverse : undefined
    })
  })
}

function decodeAddress(result: CallResult): string | undefined {
  const address = decodeCallResult(records, 'addr', result)
  return typeof address === 'string' && address !== ZeroAddress ? address : undefined
}
