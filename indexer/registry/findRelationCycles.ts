/** One relation of one type, from a project to another. */
export interface RelationEdge {
  from: string
  to: string
  /** Position in the `from` project's `relations` list. */
  index: number
}

/** A loop of relations, reported on the edge that closes it. */
export interface RelationCycle {
  edge: RelationEdge
  /** The slugs around the loop, first and last equal, e.g. `['a', 'b', 'a']`. */
  path: string[]
}

/**
 * Finds loops in relations of one type. Walks projects in the order their edges are given, depth first,
 * so the same registry always reports the same closing edge. Each closing edge is reported once. Pure.
 *
 * @param edges - relations of a single type; self relations are ignored (reported elsewhere)
 * @returns every closing edge with its cycle path
 * @example
 * findRelationCycles([{ from: 'a', to: 'b', index: 0 }, { from: 'b', to: 'a', index: 0 }])
 * // [{ edge: { from: 'b', to: 'a', index: 0 }, path: ['a', 'b', 'a'] }]
 */
export function findRelationCycles(edges: readonly RelationEdge[]): RelationCycle[] {
  const outgoing = new Map<string, RelationEdge[]>()
  for (const edge of edges) {
    if (edge.from === edge.to) continue
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge])
  }
  const done = new Set<string>()
  const onPath: string[] = []
  const cycles: RelationCycle[] = []
  // Explicit stack: a hostile registry could chain thousands of projects.
  for (const start of outgoing.keys()) {
    if (done.has(start)) continue
    const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }]
    onPath.push(start)
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number }
      const edge = outgoing.get(frame.node)?.[frame.next]
      if (!edge) {
        done.add(frame.node)
        stack.pop()
        onPath.pop()
        continue
      }
      frame.next++
      if (done.has(edge.to)) continue
      const at = onPath.indexOf(edge.to)
      if (at >= 0) {
        cycles.push({ edge, path: [...onPath.slice(at), edge.to] })
        continue
      }
      stack.push({ node: edge.to, next: 0 })
      onPath.push(edge.to)
    }
  }
  return cycles
}
