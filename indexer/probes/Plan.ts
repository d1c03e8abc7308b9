import type { CallResult } from '../rpc/ChainReader.ts'

/** One read a probe needs from the chain, always at the reader's pinned block. */
export type ChainRead =
  | { kind: 'code'; address: string }
  | { kind: 'storage'; address: string; slot: string }
  | { kind: 'call'; to: string; data: string }

/** What a read gives back: code or a storage word as lowercase 0x hex, or a call's outcome. */
export type ReadResult = string | CallResult

/**
 * A probe as data: either finished with a value, or waiting for some reads and then continuing with their
 * results. Probes are pure: they never touch the network, so many of them can be run in lockstep and their
 * reads sent together (see `runPlans`), and a test can drive one with any results it likes.
 */
export type Plan<T> =
  | { readonly done: true; readonly value: T }
  | {
      readonly done: false
      readonly reads: readonly ChainRead[]
      /** Continues with the results of `reads`, in the same order. May throw when the results make no sense. */
      resume(results: readonly ReadResult[]): Plan<T>
    }

/**
 * A plan that needs nothing more.
 * @example done(42) // { done: true, value: 42 }
 */
export function done<T>(value: T): Plan<T> {
  return { done: true, value }
}

/** `eth_getCode(address)`: `0x` for an account without code. */
export function readCode(address: string): Plan<string> {
  return single({ kind: 'code', address })
}

/** `eth_getStorageAt(address, slot)`: one 32-byte word. */
export function readStorage(address: string, slot: string): Plan<string> {
  return single({ kind: 'storage', address, slot })
}

/** `eth_call` of `data` on `to`. A revert, or an account without code, is `success: false`. */
export function readCall(to: string, data: string): Plan<CallResult> {
  return single({ kind: 'call', to, data })
}

function single<T extends ReadResult>(read: ChainRead): Plan<T> {
  return { done: false, reads: [read], resume: ([result]) => done(result as T) }
}

// Not named `then`: a module exporting `then` makes its namespace a thenable, and `await import()` of it
// would call that function and never settle.
/**
 * Runs `plan`, then the plan `next` makes from its value.
 * @example andThen(readCode(a), (code) => code === '0x' ? done(false) : readStorage(a, '0x0'))
 */
export function andThen<T, U>(plan: Plan<T>, next: (value: T) => Plan<U>): Plan<U> {
  if (plan.done) return next(plan.value)
  return { done: false, reads: plan.reads, resume: (results) => andThen(plan.resume(results), next) }
}

/** Runs `plan` and transforms its value. */
export function map<T, U>(plan: Plan<T>, transform: (value: T) => U): Plan<U> {
  return andThen(plan, (value) => done(transform(value)))
}

type Values<P extends readonly Plan<unknown>[]> = {
  -readonly [K in keyof P]: P[K] extends Plan<infer T> ? T : never
}

/**
 * Runs several plans side by side: each round asks for the reads of every plan not yet done, so they
 * share round trips.
 * @example all([readCode(a), readCall(a, ownerCall)]) // a Plan<[string, CallResult]>
 */
export function all<const P extends readonly Plan<unknown>[]>(plans: P): Plan<Values<P>> {
  if (plans.every((plan) => plan.done)) {
    return done(plans.map((plan) => (plan.done ? plan.value : undefined)) as Values<P>)
  }
  const reads = plans.flatMap((plan) => (plan.done ? [] : plan.reads))
  return {
    done: false,
    reads,
    resume: (results) => {
      let offset = 0
      const next = plans.map((plan) => {
        if (plan.done) return plan
        const own = results.slice(offset, offset + plan.reads.length)
        offset += plan.reads.length
        return plan.resume(own)
      })
      return all(next as unknown as P)
    },
  }
}
