import type { CID } from 'multiformats/cid'

/**
 * The CAR to pin: a file path, its bytes, or something that can open a fresh stream of it per attempt
 * (a retry must resend the whole CAR, so a one-shot stream is not enough).
 */
export type CarInput = string | Uint8Array | { size: number; open: () => AsyncIterable<Uint8Array> }

/** What a provider reports while it works; the CLI prints these on stderr. */
export interface PinProgress {
  /** The provider's name, e.g. `kubo`. */
  provider: string
  /** `upload`: CAR bytes sent; `wait`: the service is still pinning; `retry`: a transient failure, trying again. */
  phase: 'upload' | 'wait' | 'retry'
  /** Bytes sent so far (upload). */
  loaded?: number
  /** Bytes to send (upload). */
  total?: number
  /** One line for a person, already free of secrets. */
  message?: string
}

/** One pin request, the same for every provider. */
export interface PinRequest {
  /** The DAG as a CARv1 whose only root is `root`. */
  car: CarInput
  /** The DAG's root; a provider that reports another root has failed. */
  root: CID
  /** A human name for the pin where the service stores one (Pinning Service API, Cluster). */
  name?: string
  /** Stops the work; every wait and request honours it. */
  signal?: AbortSignal
  /** Called as the provider works. */
  onProgress?: (progress: PinProgress) => void
}

/** What a provider returns once the root is pinned there. */
export interface PinResult {
  /** The provider's name. */
  provider: string
  /** The pinned root (checked equal to the requested one). */
  root: CID
  /** One line saying what the service confirmed, e.g. `pinned (recursive)`; never holds a secret. */
  detail: string
}

/** A place that can keep a DAG online: a Kubo node, an IPFS Cluster, a pinning service, a w3up service. */
export interface PinProvider {
  /** Short, unique among the enabled providers, shown in progress and errors (`kubo`, `cluster`…). */
  name: string
  /**
   * `upload`: the provider receives the CAR itself. `fetch`: it only gets the CID and fetches the
   * blocks from the IPFS network, so it runs after the uploads (see pinEverywhere).
   */
  transfer: 'upload' | 'fetch'
  /**
   * Pins `request.root`.
   * @param request The CAR, root, name, signal and progress callback.
   * @returns What the service confirmed.
   * @throws {PinProviderError} naming this provider when it could not pin.
   */
  pin: (request: PinRequest) => Promise<PinResult>
}
