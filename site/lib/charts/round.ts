/**
 * Rounds a coordinate to one decimal, so the SVG the build writes is short and identical on every machine
 * (floating-point noise such as 12.000000000000002 never reaches a file).
 *
 * @param value A coordinate in SVG user units.
 * @returns The value rounded to 0.1, with -0 written as 0.
 * @example
 * round(12.345) // 12.3
 */
export function round(value: number): number {
  const rounded = Math.round(value * 10) / 10
  return rounded === 0 ? 0 : rounded
}
