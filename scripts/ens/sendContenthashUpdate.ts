import { Contract, type ContractRunner, type Provider, type Signer } from 'ethers'
import { publicResolverAbi } from '../../contracts-abi/index.ts'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { checkAuthorised } from './checkAuthorised.ts'
import { decodeContenthash, formatContenthash } from './encodeContenthash.ts'
import { canonicalCid } from './parseCid.ts'
import type { ContenthashPlan } from './planContenthashUpdate.ts'

/** Thrown when the record read back after a mined `setContenthash` is not the CID that was sent. */
export class ContenthashMismatchError extends BaseError {
  override name = 'ContenthashMismatchError'
  constructor(args: {
    name: string
    expected: string
    actual: string
    blockNumber: number
    transaction: string
  }) {
    super(`${args.name} does not point at ${args.expected} after transaction ${args.transaction}.`, {
      details: `Its contenthash at block ${args.blockNumber} is ${args.actual}.`,
      metaMessages: [
        'Something else changed the record in the same block, or the resolver did not store it.',
        'Check who can change the name (owner, delegates) before running this again.',
      ],
    })
  }
}

/** What {@link sendContenthashUpdate} did. */
export interface SentContenthashUpdate {
  transaction: string
  /** The block the transaction was mined in, where the record was read back. */
  blockNumber: number
  /** The signer's address. */
  from: string
}

/**
 * Sends the plan's `setContenthash` from a key (the owner's, or an approved resolver delegate's), waits
 * for it to be mined, then reads the record back at that block and checks it holds the target CID.
 *
 * @param plan An `update` plan.
 * @param deps The signer (connected to `provider`), the provider, and how long to wait for the receipt.
 * @returns The transaction hash, its block and the sender.
 * @throws {EnsNotAuthorisedError} when the signer may not change the name (checked before sending).
 * @throws {ContenthashMismatchError} when the record read back is not the target.
 * @example
 * await sendContenthashUpdate(plan, { signer: new Wallet(key, provider), provider })
 */
export async function sendContenthashUpdate(
  plan: ContenthashPlan & { kind: 'update' },
  deps: { signer: Signer; provider: Provider; timeoutMs?: number },
): Promise<SentContenthashUpdate> {
  const { signer, provider, timeoutMs = 600_000 } = deps
  const from = await signer.getAddress()
  await checkAuthorised(plan, from, { provider })
  const response = await signer.sendTransaction({ to: plan.resolver, data: plan.calldata, value: 0n })
  const receipt = await response.wait(1, timeoutMs)
  if (!receipt) throw new Error(`transaction ${response.hash} has no receipt`)
  const resolver = new Contract(plan.resolver, publicResolverAbi, provider as ContractRunner)
  const record = (await resolver.getFunction('contenthash').staticCall(plan.name.node, {
    blockTag: receipt.blockNumber,
  })) as string
  const expected = canonicalCid(plan.target)
  const actual = formatContenthash(decodeContenthash(record))
  if (actual !== expected) {
    throw new ContenthashMismatchError({
      name: plan.name.name,
      expected,
      actual,
      blockNumber: receipt.blockNumber,
      transaction: response.hash,
    })
  }
  return { transaction: response.hash, blockNumber: receipt.blockNumber, from }
}
