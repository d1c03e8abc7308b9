/**
 * Drains an async iterable into an array, optionally mapping each item (Array.fromAsync is not in the
 * project's ES2024 lib).
 *
 * @param source What to drain.
 * @param map Optional mapping applied to each item.
 * @returns Every item, in order.
 * @example
 * const names = await collect(fs.ls(root), (entry) => entry.name)
 */
export async function collect<T, U = T>(source: AsyncIterable<T>, map?: (item: T) => U): Promise<U[]> {
  const items: U[] = []
  for await (const item of source) items.push(map ? map(item) : (item as unknown as U))
  return items
}
