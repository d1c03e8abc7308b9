import { BaseError } from '../errors/BaseError.ts'

/** Thrown when an RPC URL serves another chain than the one `registry/chains.yaml` names. */
export class ChainIdMismatchError extends BaseError {
  override name = 'ChainIdMismatchError'
  readonly chain: string
  readonly expectedChainId: number
  readonly actualChainId: number
  constructor({
    chain,
    rpcEnv,
    expectedChainId,
    actualChainId,
  }: {
    chain: string
    rpcEnv: string
    expectedChainId: number
    actualChainId: number
  }) {
    super(
      `The RPC URL for ${chain} serves chain id ${actualChainId}, but the registry says ${expectedChainId}.`,
      {
        metaMessages: [
          `Check ${rpcEnv} or --rpc ${expectedChainId}=<url>: it must point at ${chain}. Nothing was written for ${chain}.`,
        ],
      },
    )
    this.chain = chain
    this.expectedChainId = expectedChainId
    this.actualChainId = actualChainId
  }
}
