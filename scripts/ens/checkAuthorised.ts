import { getAddress, isError, type Provider } from 'ethers'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import type { ContenthashPlan } from './planContenthashUpdate.ts'

/** Thrown when the account that would send `setContenthash` may not change the name's records. */
export class EnsNotAuthorisedError extends BaseError {
  override name = 'EnsNotAuthorisedError'
  constructor({
    name,
    account,
    owner,
    resolver,
  }: { name: string; account: string; owner: string; resolver: string }) {
    super(
      `${account} may not change the records of ${name}: the resolver ${resolver} rejects setContenthash from it.`,
      {
        details: `The name's owner in the ENS registry is ${owner}.`,
        metaMessages: [
          'Send from the owner (ENS_PRIVATE_KEY), propose from the owning Safe (--safe <safe address>),',
          'or have the owner approve this account as a delegate on the resolver (it can then change every record).',
        ],
      },
    )
  }
}

/**
 * Simulates the plan's `setContenthash` as `account` (an `eth_call` at the plan's block), which asks the
 * resolver itself whether the account is the owner or an approved delegate: the same rule the
 * transaction will meet, whatever the resolver version or NameWrapper in between.
 *
 * @param plan An `update` plan.
 * @param account The address that would send the call (a key's address, or the Safe's).
 * @param deps The provider to simulate on.
 * @throws {EnsNotAuthorisedError} when the resolver reverts the call.
 * @example
 * await checkAuthorised(plan, await signer.getAddress(), { provider })
 */
export async function checkAuthorised(
  plan: ContenthashPlan & { kind: 'update' },
  account: string,
  deps: { provider: Provider },
): Promise<void> {
  try {
    await deps.provider.call({
      from: account,
      to: plan.resolver,
      data: plan.calldata,
      blockTag: plan.blockNumber,
    })
  } catch (error) {
    if (!isError(error, 'CALL_EXCEPTION')) throw error
    throw new EnsNotAuthorisedError({
      name: plan.name.name,
      account: getAddress(account),
      owner: plan.owner,
      resolver: plan.resolver,
    })
  }
}
