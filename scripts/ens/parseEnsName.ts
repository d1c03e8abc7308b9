import { ensNormalize, isError, namehash } from 'ethers'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** An ENS name that passed ENSIP-15 normalisation, with its namehash. */
export interface EnsName {
  /** The normalised name, e.g. `atlas.eth`. */
  name: string
  /** The name as it was given, when normalisation changed it (case, ignored characters). */
  given?: string
  /** EIP-137 namehash of `name`: the `node` every registry and resolver call takes. */
  node: string
}

/** Thrown when a name does not normalise under ENSIP-15. */
export class EnsNameInvalidError extends BaseError {
  override name = 'EnsNameInvalidError'
  constructor({ name, reason }: { name: string; reason: string }) {
    super(`"${name}" is not a valid ENS name: ${reason}.`, {
      metaMessages: [
        'Give the name as the ENS app shows it, e.g. `--name atlas.eth` (ENSIP-15 normalisation).',
      ],
    })
  }
}

/**
 * Normalises an ENS name with ethers' `ensNormalize` (ENSIP-15) and computes its namehash, so every
 * read and write uses the node the ENS app would.
 *
 * @param text The name as given.
 * @returns The normalised name, the given text when it differed, and the namehash.
 * @throws {EnsNameInvalidError} when the name does not normalise (empty label, disallowed character…).
 * @example
 * parseEnsName('Atlas.ETH') // { name: 'atlas.eth', given: 'Atlas.ETH', node: '0x9409…b89c' }
 */
export function parseEnsName(text: string): EnsName {
  let name: string
  try {
    name = ensNormalize(text)
  } catch (error) {
    const reason = isError(error, 'INVALID_ARGUMENT') ? error.shortMessage : String(error)
    throw new EnsNameInvalidError({ name: text, reason })
  }
  if (name === '') throw new EnsNameInvalidError({ name: text, reason: 'it is empty' })
  return { name, ...(name === text ? {} : { given: text }), node: namehash(name) }
}
