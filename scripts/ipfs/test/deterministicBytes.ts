import { createCipheriv, createHash } from 'node:crypto'

/**
 * kubo's deterministic test data (test/cli/testutils DeterministicRandomReader): the ChaCha20
 * keystream with key sha256(seed) and an all-zero nonce, so kubo's published CIDs can be checked here.
 *
 * @param size How many bytes.
 * @param seed kubo's seed string, e.g. `chunk-v1-seed`.
 * @returns The bytes.
 * @example
 * deterministicBytes(1_048_577, 'chunk-v1-seed')
 */
export function deterministicBytes(size: number, seed: string): Buffer {
  const key = createHash('sha256').update(seed).digest()
  // OpenSSL's chacha20 IV is the 4-byte block counter followed by the 12-byte nonce, all zero here.
  return createCipheriv('chacha20', key, Buffer.alloc(16)).update(Buffer.alloc(size))
}

const alphabetEasy = 'abcdefghijklmnopqrstuvwxyz01234567890-_'

/**
 * kubo's deterministic file names (createDeterministicFiles in test/cli): `count` names of `length`
 * characters, the last one `lastLength`, drawn from a 1 MiB deterministic stream.
 *
 * @param count How many names.
 * @param length Length of every name but the last.
 * @param lastLength Length of the last name.
 * @param seed kubo's seed string, e.g. `hamt-unixfs-v1-2025`.
 * @returns The names, in kubo's order.
 * @example
 * deterministicNames(4766, 11, 22, 'hamt-unixfs-v1-2025')
 */
export function deterministicNames(
  count: number,
  length: number,
  lastLength: number,
  seed: string,
): string[] {
  const stream = deterministicBytes(1_048_576, seed)
  const names: string[] = []
  let offset = 0
  for (let index = 0; index < count; index++) {
    const size = index === count - 1 ? lastLength : length
    let name = ''
    for (let char = 0; char < size; char++)
      name += alphabetEasy[(stream[offset + char] ?? 0) % alphabetEasy.length]
    names.push(name)
    offset += size
  }
  return names
}
