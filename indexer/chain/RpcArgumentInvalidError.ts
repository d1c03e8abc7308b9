import { BaseError } from '../errors/BaseError.ts'

/** Thrown when an `--rpc <chainId>=<url>` argument or an `RPC_URL_*` variable cannot be used. */
export class RpcArgumentInvalidError extends BaseError {
  override name = 'RpcArgumentInvalidError'
  /** The argument or variable at fault, e.g. `--rpc 1=…` or `RPC_URL_ETHEREUM` (never the URL itself). */
  readonly argument: string
  constructor({ argument, problem, fix }: { argument: string; problem: string; fix: string }) {
    super(`${argument}: ${problem}.`, { metaMessages: [fix] })
    this.argument = argument
  }
}
