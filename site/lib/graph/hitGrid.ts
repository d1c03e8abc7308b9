/** A circle that can be hit: a node of the map in map coordinates. */
export interface HitCircle {
  x: number
  y: number
  r: number
}

/** A uniform grid over the map: each cell lists the circles that overlap it. */
export interface HitGrid {
  cell: number
  cells: Map<string, number[]>
}

const key = (col: number, row: number) => `${col},${row}`

/**
 * Indexes circles in a grid so a pointer can be matched to a node in constant time, whatever the size of
 * the map (the canvas renderer has no DOM element per node to receive events).
 *
 * @param circles - the nodes, in drawing order
 * @param cell - cell size in map units; about twice the largest radius works well
 * @returns the grid, holding indexes into `circles`
 * @example const grid = buildHitGrid(nodes, 32); hitTest(grid, nodes, 10, 12) // index or -1
 */
export function buildHitGrid(circles: readonly HitCircle[], cell = 32): HitGrid {
  const cells = new Map<string, number[]>()
  circles.forEach((circle, index) => {
    const c0 = Math.floor((circle.x - circle.r) / cell)
    const c1 = Math.floor((circle.x + circle.r) / cell)
    const r0 = Math.floor((circle.y - circle.r) / cell)
    const r1 = Math.floor((circle.y + circle.r) / cell)
    for (let col = c0; col <= c1; col++) {
      for (let row = r0; row <= r1; row++) {
        const list = cells.get(key(col, row))
        if (list) list.push(index)
        else cells.set(key(col, row), [index])
      }
    }
  })
  return { cell, cells }
}

/**
 * The circle under a point: the one drawn last (on top) among those containing it, within `slop` extra map
 * units so small nodes stay easy to hit.
 *
 * @returns the index into `circles`, or -1 when the point is on empty map
 */
export function hitTest(
  grid: HitGrid,
  circles: readonly HitCircle[],
  x: number,
  y: number,
  slop = 0,
): number {
  const list = grid.cells.get(key(Math.floor(x / grid.cell), Math.floor(y / grid.cell))) ?? []
  let found = -1
  let best = Number.POSITIVE_INFINITY
  for (const index of list) {
    const circle = circles[index]
    if (!circle) continue
    const distance = Math.hypot(x - circle.x, y - circle.y)
    if (distance <= circle.r + slop && (distance < best || (distance === best && index > found))) {
      found = index
      best = distance
    }
  }
  return found
}
