import { ticks } from 'd3-array'
import { scaleLinear } from 'd3-scale'
import { area, line } from 'd3-shape'
import { round } from './round.ts'

export interface LineChartOptions {
  width?: number
  height?: number
  /** Room for the axes' labels: left for counts, bottom for years. */
  margin?: { top: number; right: number; bottom: number; left: number }
}

export interface LineChartLayout {
  width: number
  height: number
  /** The line through every point, as SVG path data. */
  line: string
  /** The area under the line, down to zero. */
  area: string
  points: Array<{ x: number; y: number; label: number; value: number }>
  /** Year labels along the bottom, whole years only. */
  xTicks: Array<{ x: number; label: number }>
  /** Count labels and grid lines, whole numbers only. */
  yTicks: Array<{ y: number; label: number }>
  /** The plot area, for the grid lines and the baseline. */
  plot: { left: number; right: number; top: number; bottom: number }
}

/**
 * Lays out a line-and-area chart of counts per year (or any integer series), oldest left. Paths are built
 * with d3-shape from coordinates rounded to 0.1, so the SVG is the same on every machine.
 *
 * @param data Points in order, e.g. `{ label: 2015, value: 3 }`; labels must increase.
 * @param options Sizes in viewBox units.
 * @returns Paths, points and axis ticks in viewBox units; empty paths for no data.
 * @example
 * lineChart([{ label: 2015, value: 1 }, { label: 2016, value: 3 }]).points[1].y // the top of the plot
 */
export function lineChart(
  data: ReadonlyArray<{ label: number; value: number }>,
  options: LineChartOptions = {},
): LineChartLayout {
  const { width = 400, height = 200, margin = { top: 12, right: 14, bottom: 26, left: 34 } } = options
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  }
  const first = data[0]?.label ?? 0
  const last = data[data.length - 1]?.label ?? 0
  // A single point sits in the middle of the plot rather than on a zero-width domain.
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([plot.left, plot.right])
  const max = Math.max(1, ...data.map((point) => point.value))
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top])
  const points = data.map((point) => ({
    x: round(x(point.label)),
    y: round(y(point.value)),
    label: point.label,
    value: point.value,
  }))
  const baseline = round(plot.bottom)
  const linePath = line<{ x: number; y: number }>()
    .x((point) => point.x)
    .y((point) => point.y)(points)
  const areaPath = area<{ x: number; y: number }>()
    .x((point) => point.x)
    .y0(baseline)
    .y1((point) => point.y)(points)
  const [, yMax = max] = y.domain()
  const xTicks =
    first === last ? [first] : ticks(first, last, Math.min(6, last - first)).filter(Number.isInteger)
  return {
    width,
    height,
    line: linePath ?? '',
    area: areaPath ?? '',
    points,
    xTicks: data.length === 0 ? [] : xTicks.map((label) => ({ x: round(x(label)), label })),
    yTicks: ticks(0, yMax, 4)
      .filter(Number.isInteger)
      .map((label) => ({ y: round(y(label)), label })),
    plot: { left: round(plot.left), right: round(plot.right), top: round(plot.top), bottom: baseline },
  }
}
