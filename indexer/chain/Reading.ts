/**
 * Why one value could not be read. `rpc`: the node or the network failed (worth retrying);
 * `call`: the node answered but the contract reverted or returned data that does not fit the ABI
 * (a registry or contract problem, retrying does not help).
 */
export interface ReadFailure {
  kind: 'rpc' | 'call'
  /** Short and stable, with no URL, port or time in it: it is written into the snapshot. */
  reason: string
}

/** The outcome of reading one value: the value, or why it could not be read. */
export type Reading<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure }
