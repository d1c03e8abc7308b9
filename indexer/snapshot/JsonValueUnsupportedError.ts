import { BaseError } from '../errors/BaseError.ts'

/** Thrown by `stableJson` for a value JSON cannot hold exactly (a bigint, NaN, a Date, a Map, undefined in an array…). */
export class JsonValueUnsupportedError extends BaseError {
  override name = 'JsonValueUnsupportedError'
  /** Where the value sits, e.g. `$.tokens["0x…"].totalSupply`. */
  readonly path: string
  constructor({ path, found }: { path: string; found: string }) {
    super(`Cannot write ${found} at ${path} as JSON.`, {
      metaMessages: ['Convert it first: amounts to decimal strings, times to block numbers or timestamps.'],
    })
    this.path = path
  }
}
