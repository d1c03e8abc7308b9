import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown when send mode has no key. */
export class EnsPrivateKeyMissingError extends BaseError {
  override name = 'EnsPrivateKeyMissingError'
  constructor() {
    super(
      'ENS_PRIVATE_KEY is not set: send mode needs the key of the name owner or of a resolver delegate.',
      {
        metaMessages: [
          'Set it from a secret, or use --dry-run to print the change, or --safe <address> to propose it.',
        ],
      },
    )
  }
}

/** Thrown when ENS_PRIVATE_KEY is not a private key. The value itself is never part of the message. */
export class EnsPrivateKeyInvalidError extends BaseError {
  override name = 'EnsPrivateKeyInvalidError'
  constructor() {
    super('ENS_PRIVATE_KEY is not a private key (expected 32 bytes as 64 hex digits, 0x optional).', {
      metaMessages: ['Check the secret it comes from; it is not shown here on purpose.'],
    })
  }
}

/**
 * Checks the send-mode key before ethers sees it: ethers' own errors for a malformed key quote the
 * value, and this value must never reach a log.
 *
 * @param value The environment variable's value.
 * @returns The key as 0x-prefixed hex.
 * @throws {EnsPrivateKeyMissingError} when it is unset or empty.
 * @throws {EnsPrivateKeyInvalidError} when it is not 64 hex digits.
 * @example
 * new Wallet(readEnsPrivateKey(process.env.ENS_PRIVATE_KEY), provider)
 */
export function readEnsPrivateKey(value: string | undefined): string {
  const key = value?.trim()
  if (!key) throw new EnsPrivateKeyMissingError()
  if (!/^(0x)?[0-9a-fA-F]{64}$/.test(key)) throw new EnsPrivateKeyInvalidError()
  return key.startsWith('0x') ? key : `0x${key}`
}
