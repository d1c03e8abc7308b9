import { Contract, type ContractRunner, getAddress, type Provider, ZeroAddress } from 'ethers'
import type { CID } from 'multiformats/cid'
import { contenthashInterfaceId, ensRegistryAbi, publicResolverAbi } from '../../contracts-abi/index.ts'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { type DecodedContenthash, decodeContenthash, encodeContenthash } from './encodeContenthash.ts'
import { canonicalCid } from './parseCid.ts'
import type { EnsName } from './parseEnsName.ts'

/** What is on chain for a name at one block, and what pointing it at the target would take. */
interface ContenthashPlanBase {
  name: EnsName
  chainId: bigint
  /** The block every read was made at. */
  blockNumber: number
  /** The ENS registry read from. */
  registry: string
  /** The name's owner in the registry (a Safe, an EOA or the NameWrapper). */
  owner: string
  /** The name's resolver: the contract `setContenthash` goes to. */
  resolver: string
  /** The record at `blockNumber`. */
  current: DecodedContenthash
  /** The CID the name should point at. */
  target: CID
  /** ENSIP-7 bytes of `target`. */
  contenthash: string
}

/** A plan: either the name already points at the target, or one `setContenthash` call gets it there. */
export type ContenthashPlan =
  | (ContenthashPlanBase & { kind: 'up-to-date' })
  | (ContenthashPlanBase & {
      kind: 'update'
      /** ABI-encoded `setContenthash(node, contenthash)`, to send to `resolver`. */
      calldata: string
    })

/** What {@link planContenthashUpdate} reads through. */
export interface PlanDependencies {
  provider: Provider
  /** The ENS registry's address on this chain. */
  registry: string
  /** The block to read at; the latest block number (read once) when absent. */
  blockNumber?: number
}

/** Thrown when a name has no resolver at the block read. */
export class EnsResolverMissingError extends BaseError {
  override name = 'EnsResolverMissingError'
  constructor({ name, registry, blockNumber }: { name: string; registry: string; blockNumber: number }) {
    super(`${name} has no resolver in the ENS registry ${registry} at block ${blockNumber}.`, {
      metaMessages: [
        'Check the name is spelled right and registered on this chain (and that --rpc is the chain you mean).',
        "Then set its resolver to the chain's PublicResolver in the ENS app, and run this again.",
      ],
    })
  }
}

/** Thrown when a name's resolver cannot hold a contenthash record. */
export class EnsResolverUnsupportedError extends BaseError {
  override name = 'EnsResolverUnsupportedError'
  constructor({ name, resolver, reason }: { name: string; resolver: string; reason: string }) {
    super(`The resolver of ${name} (${resolver}) cannot hold a contenthash: ${reason}.`, {
      metaMessages: [
        "Set the name's resolver to the chain's PublicResolver in the ENS app, then run this again.",
      ],
    })
  }
}

/** What a name's records say at one block: who owns it, its resolver and its contenthash. */
export type ContenthashRecord = Omit<ContenthashPlanBase, 'target' | 'contenthash'>

/**
 * Reads a name's owner, resolver and contenthash at one pinned block, straight from the registry and
 * resolver contracts (ethers' ENS helpers read `latest` only, and decode only some contenthash kinds).
 *
 * @param name The normalised name (see `parseEnsName`).
 * @param deps The provider, the registry's address and optionally the block to read at.
 * @throws {EnsResolverMissingError} when the name has no resolver.
 * @throws {EnsResolverUnsupportedError} when the resolver is not a contract or lacks the EIP-1577 profile.
 * @throws {ContenthashInvalidError} when the record is not valid ENSIP-7 bytes.
 * @example
 * const { current } = await readContenthash(parseEnsName('atlas.eth'), { provider, registry })
 */
export async function readContenthash(name: EnsName, deps: PlanDependencies): Promise<ContenthashRecord> {
  const { provider } = deps
  const blockNumber = deps.blockNumber ?? (await provider.getBlockNumber())
  const blockTag = blockNumber
  const registry = getAddress(deps.registry)
  const registryContract = new Contract(registry, ensRegistryAbi, provider as ContractRunner)
  const [{ chainId }, resolverAddress, ownerAddress] = await Promise.all([
    provider.getNetwork(),
    registryContract.getFunction('resolver').staticCall(name.node, { blockTag }) as Promise<string>,
    registryContract.getFunction('owner').staticCall(name.node, { blockTag }) as Promise<string>,
  ])
  if (resolverAddress === ZeroAddress)
    throw new EnsResolverMissingError({ name: name.name, registry, blockNumber })
  const resolver = getAddress(resolverAddress)
  const resolverContract = new Contract(resolver, publicResolverAbi, provider as ContractRunner)
  if ((await provider.getCode(resolver, blockTag)) === '0x') {
    throw new EnsResolverUnsupportedError({ name: name.name, resolver, reason: 'it is not a contract' })
  }
  const supported = await (
    resolverContract
      .getFunction('supportsInterface')
      .staticCall(contenthashInterfaceId, { blockTag }) as Promise<boolean>
  ).catch(() => false)
  if (!supported) {
    const reason = `it does not support the EIP-1577 interface ${contenthashInterfaceId}`
    throw new EnsResolverUnsupportedError({ name: name.name, resolver, reason })
  }
  const record = (await resolverContract
    .getFunction('contenthash')
    .staticCall(name.node, { blockTag })) as string
  return {
    name,
    chainId,
    blockNumber,
    registry,
    owner: getAddress(ownerAddress),
    resolver,
    current: decodeContenthash(record),
  }
}

/**
 * Reads a name's records at one pinned block (see {@link readContenthash}) and compares the
 * contenthash with the target.
 *
 * @param name The normalised name (see `parseEnsName`).
 * @param target The CID the name should point at.
 * @param deps The provider, the registry's address and optionally the block to read at.
 * @returns `up-to-date` when the record already holds the target (compared as CIDv1), otherwise
 * `update` with the `setContenthash` calldata for the resolver.
 * @throws Whatever {@link readContenthash} throws.
 * @example
 * const plan = await planContenthashUpdate(parseEnsName('atlas.eth'), parseCid('bafy…'), { provider, registry })
 * if (plan.kind === 'update') console.log(plan.resolver, plan.calldata)
 */
export async function planContenthashUpdate(
  name: EnsName,
  target: CID,
  deps: PlanDependencies,
): Promise<ContenthashPlan> {
  const record = await readContenthash(name, deps)
  const base = { ...record, target, contenthash: encodeContenthash(target) }
  if (record.current.kind === 'ipfs' && canonicalCid(record.current.cid) === canonicalCid(target)) {
    return { kind: 'up-to-date', ...base }
  }
  const resolverInterface = new Contract(record.resolver, publicResolverAbi).interface
  const calldata = resolverInterface.encodeFunctionData('setContenthash', [name.node, base.contenthash])
  return { kind: 'update', ...base, calldata }
}
