/**
 * Maps `items` through an async `fn`, at most `limit` calls at a time, keeping the input order. Reading
 * 10,000 registry files through one `Promise.all` opens them all at once and can hit the process's
 * open-file limit (EMFILE); this keeps a few in flight instead.
 *
 * @param items - What to map.
 * @param limit - Calls in flight at once, at least 1.
 * @param fn - The async step, given each item and its index.
 * @returns The results in input order; rejects with the first error, after the calls in flight settle.
 * @throws {RangeError} When `limit` is not a positive whole number.
 * @example await mapLimited(paths, 64, (path) => readFile(path, 'utf8'))
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive whole number, got ${limit}`)
  const results: R[] = new Array(items.length)
  let next = 0
  let failed = false
  const lane = async () => {
    while (!failed && next < items.length) {
      const at = next++
      try {
        results[at] = await fn(items[at] as T, at)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const lanes = Array.from({ length: Math.min(limit, items.length) }, lane)
  const settled = await Promise.allSettled(lanes)
  const rejected = settled.find((outcome) => outcome.status === 'rejected')
  if (rejected) throw rejected.reason
  return results
}
