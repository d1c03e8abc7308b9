import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'
import { connectEns } from '../ens/connectEns.ts'
import { formatContenthash } from '../ens/encodeContenthash.ts'
import { parseEnsName } from '../ens/parseEnsName.ts'
import { readContenthash } from '../ens/planContenthashUpdate.ts'

/** Thrown when a name's contenthash is empty or not IPFS content, so there is no CID to verify. */
export class EnsNotOnIpfsError extends BaseError {
  override name = 'EnsNotOnIpfsError'
  constructor({ name, record }: { name: string; record: string }) {
    super(`${name} does not point at IPFS content (its contenthash is ${record}).`, {
      metaMessages: ['Nothing to verify: check the name, or that --rpc is the chain the name lives on.'],
    })
  }
}

/**
 * Reads the IPFS CID an ENS name points at, from the registry and resolver at one block.
 * @param name An ENS name such as `atlas.eth`.
 * @param connection The RPC URL and, for chains ethers does not know, the registry's address.
 * @throws {EnsNotOnIpfsError} when there is no IPFS contenthash; connection and name errors from ../ens.
 * @example
 * const { cid } = await readEnsCid('atlas.eth', { rpc: 'http://127.0.0.1:8545' })
 */
export async function readEnsCid(
  name: string,
  connection: { rpc: string; registry?: string },
): Promise<{ cid: CID; blockNumber: number }> {
  const { provider, registry } = await connectEns(connection)
  try {
    const record = await readContenthash(parseEnsName(name), { provider, registry })
    if (record.current.kind !== 'ipfs') {
      throw new EnsNotOnIpfsError({ name, record: formatContenthash(record.current) })
    }
    return { cid: record.current.cid, blockNumber: record.blockNumber }
  } finally {
    provider.destroy()
  }
}
