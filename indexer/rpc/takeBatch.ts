/** What batching needs to know about a waiting request. */
export interface Batchable {
  /** Index of the URL it is to be sent to. */
  url: number
  /** The largest batch it may travel in (halved when a batch holding it was refused). */
  cap: number
  /** Share of a batch it takes (an `aggregate3` call weighs as many calls as it packs). */
  weight: number
}

/**
 * Forms the next batch from the waiting requests: the first one, and after it, in order, every other
 * request for the same URL while the batch stays within the URL's size limit, each member's `cap`, and
 * `maxWeight` (a single request heavier than `maxWeight` still goes, alone). Pure.
 *
 * @param pending the waiting requests, oldest first.
 * @param urlCaps the largest batch each URL takes (shrunk when a URL refused a batch as too big).
 * @returns the batch (empty when nothing waits) and the requests left waiting, in order.
 * @example
 * takeBatch([{ url: 0, cap: Infinity, weight: 1 }], { urlCaps: [100], maxWeight: 1000 })
 */
export function takeBatch<T extends Batchable>(
  pending: readonly T[],
  { urlCaps, maxWeight }: { urlCaps: readonly number[]; maxWeight: number },
): { batch: T[]; rest: T[] } {
  const first = pending[0]
  if (!first) return { batch: [], rest: [] }
  let limit = Math.min(urlCaps[first.url] ?? 1, first.cap)
  let weight = 0
  const batch: T[] = []
  const rest: T[] = []
  for (const item of pending) {
    const fits =
      item.url === first.url &&
      batch.length < Math.min(limit, item.cap) &&
      (batch.length === 0 || weight + item.weight <= maxWeight)
    if (fits) {
      batch.push(item)
      weight += item.weight
      limit = Math.min(limit, item.cap)
    } else rest.push(item)
  }
  return { batch, rest }
}
