import type { CID } from 'multiformats/cid'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Thrown when a gateway does not serve a block of the DAG: the content cannot be fully retrieved there. */
export class GatewayMissingBlockError extends BaseError {
  override name = 'GatewayMissingBlockError'
  readonly cid: CID
  constructor({ cid, gateway, status }: { cid: CID; gateway: string; status: number }) {
    super(`Block ${cid} is missing: ${gateway} answered HTTP ${status} for it.`, {
      metaMessages: [
        'The release is not (yet) retrievable in full there. Wait for the pin to finish and try again,',
        'or pin the CAR again: a provider may have kept only part of it.',
      ],
    })
    this.cid = cid
  }
}
