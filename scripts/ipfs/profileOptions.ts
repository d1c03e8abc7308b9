import type { AddOptions } from '@helia/unixfs'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** The IPIP-499 UnixFS import profiles these scripts support, default first. */
export const unixfsProfiles = ['unixfs-v1-2025', 'unixfs-v0-2015'] as const

/** An IPIP-499 UnixFS import profile name. */
export type UnixfsProfile = (typeof unixfsProfiles)[number]

/** Thrown when a profile name is not one of {@link unixfsProfiles}. */
export class UnknownProfileError extends BaseError {
  override name = 'UnknownProfileError'
  constructor({ profile }: { profile: string }) {
    super(`Unknown UnixFS profile "${profile}".`, {
      metaMessages: [`Use one of: ${unixfsProfiles.join(', ')}.`],
    })
  }
}

/**
 * Checks a profile name given on a command line.
 *
 * @param value The name to check, e.g. `unixfs-v1-2025`.
 * @returns The same name, typed as a {@link UnixfsProfile}.
 * @throws {UnknownProfileError} when the name is not a supported profile.
 * @example
 * parseProfile('unixfs-v0-2015') // 'unixfs-v0-2015'
 */
export function parseProfile(value: string): UnixfsProfile {
  const profile = unixfsProfiles.find((name) => name === value)
  if (!profile) throw new UnknownProfileError({ profile: value })
  return profile
}

/**
 * Importer options that reproduce kubo's `ipfs add` under an IPIP-499 profile.
 *
 * Every setting is spelled out, not left to `profile`: @helia/unixfs merges its own defaults
 * (CIDv1, raw leaves, 1 MiB chunks, 1024 links) over the call, and the importer only applies a
 * profile to options that are still unset, so `profile: 'unixfs-v0-2015'` alone yields CIDv1
 * raw leaves with 1024-link nodes, which is not what kubo produces.
 *
 * @param profile The IPIP-499 profile to reproduce.
 * @returns Options for `unixfs(...).addAll` / `addBytes`.
 * @example
 * await fs.addBytes(bytes, profileOptions('unixfs-v0-2015'))
 */
export function profileOptions(profile: UnixfsProfile): AddOptions {
  if (profile === 'unixfs-v0-2015') {
    return {
      profile,
      cidVersion: 0,
      rawLeaves: false,
      chunker: fixedSize({ chunkSize: 262_144 }),
      layout: balanced({ maxChildrenPerNode: 174 }),
      shardSplitStrategy: 'links-bytes',
      shardSplitThresholdBytes: 262_144,
      shardFanoutBits: 8,
    }
  }
  return {
    profile,
    cidVersion: 1,
    rawLeaves: true,
    chunker: fixedSize({ chunkSize: 1_048_576 }),
    layout: balanced({ maxChildrenPerNode: 1024 }),
    shardSplitStrategy: 'block-bytes',
    shardSplitThresholdBytes: 262_144,
    shardFanoutBits: 8,
  }
}
