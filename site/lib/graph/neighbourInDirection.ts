/** A key the arrow keys map to. */
export type Direction = 'up' | 'down' | 'left' | 'right'

/** The point of a node the keyboard walks between (map coordinates, y grows downwards). */
export interface DirectionalNode {
  id: string
  x: number
  y: number
}

const ANGLES: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 }
/** Half-width of the cone a key looks into: wider than 45° so a slightly diagonal neighbour still counts. */
const CONE = (Math.PI * 3) / 8

/** Maps `ArrowUp`…`ArrowRight` to a direction; anything else to undefined. */
export function directionOfKey(key: string): Direction | undefined {
  const found = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }[key]
  return found as Direction | undefined
}

/**
 * Which node an arrow key moves to from `from`: among the nodes connected to it that lie within 67.5° of
 * the key's direction, the one whose bearing is closest to it (the nearer on a tie); when no connected node
 * lies that way, the nearest node of the whole map in that cone. Undefined when nothing lies that way.
 *
 * @param from - the focused node
 * @param direction - the arrow key's direction
 * @param nodes - every node of the map
 * @param connected - ids of the nodes related to `from`
 * @returns the id of the node to focus next, or undefined to stay
 * @example neighbourInDirection(a, 'right', nodes, new Set(['b'])) // 'b' when b is to the right of a
 */
export function neighbourInDirection(
  from: DirectionalNode,
  direction: Direction,
  nodes: readonly DirectionalNode[],
  connected: ReadonlySet<string>,
): string | undefined {
  const want = ANGLES[direction]
  let bestLinked: { id: string; angle: number; distance: number } | undefined
  let bestNear: { id: string; distance: number } | undefined
  for (const node of nodes) {
    if (node.id === from.id) continue
    const dx = node.x - from.x
    const dy = node.y - from.y
    const distance = Math.hypot(dx, dy)
    if (distance === 0) continue
    let angle = Math.abs(Math.atan2(dy, dx) - want)
    if (angle > Math.PI) angle = 2 * Math.PI - angle
    if (angle > CONE) continue
    if (connected.has(node.id)) {
      const better =
        !bestLinked ||
        angle < bestLinked.angle - 1e-9 ||
        (Math.abs(angle - bestLinked.angle) <= 1e-9 && distance < bestLinked.distance)
      if (better) bestLinked = { id: node.id, angle, distance }
    }
    if (!bestNear || distance < bestNear.distance) bestNear = { id: node.id, distance }
  }
  return bestLinked?.id ?? bestNear?.id
}
