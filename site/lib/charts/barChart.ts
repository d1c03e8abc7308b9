import { scaleLinear } from 'd3-scale'
import { round } from './round.ts'

/** One bar: its table row's key, the text beside it and its value. */
export interface BarDatum {
  key: string
  label: string
  value: number
  /** Extra class on the bar's group, e.g. "cat-3" for a category colour. */
  className?: string
}

export interface BarChartOptions {
  /** Width of the viewBox, in user units; the SVG scales to its container. */
  width?: number
  /** Height of the bar itself. */
  barHeight?: number
  /** Room above each bar for its label. */
  labelHeight?: number
  /** Space between rows. */
  gap?: number
  /** Room kept right of the longest bar for its value. */
  valueRoom?: number
  /** Longer labels end in "…" so they stay inside the viewBox; the table beside the chart has them whole. */
  maxLabelLength?: number
}

/** A bar placed in the viewBox: label above the bar, value after its end. */
export interface PlacedBar extends BarDatum {
  /** Baseline of the label text. */
  labelY: number
  barY: number
  barWidth: number
  barHeight: number
  /** Where the value text starts (just after the bar). */
  valueX: number
  /** Baseline of the value text, centred on the bar. */
  valueY: number
}

export interface BarChartLayout {
  width: number
  height: number
  bars: PlacedBar[]
}

/**
 * Lays out a horizontal bar chart: one row per datum in the given order, each label on its own line above
 * its bar, so long names fit a 360px screen. Bar lengths are proportional to the values (the largest
 * fills the width less `valueRoom`), and every number is rounded to 0.1 so the SVG is deterministic.
 *
 * @param data The bars, top to bottom. Values must be finite and non-negative.
 * @param options Sizes in viewBox units.
 * @returns The viewBox size and each bar's geometry.
 * @throws {RangeError} when a value is negative or not finite.
 * @example
 * barChart([{ key: 'a', label: 'A', value: 2 }, { key: 'b', label: 'B', value: 1 }]).bars[1].barWidth // 176
 */
export function barChart(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
  const {
    width = 400,
    barHeight = 12,
    labelHeight = 17,
    gap = 9,
    valueRoom = 48,
    maxLabelLength = 50,
  } = options
  for (const datum of data) {
    if (!Number.isFinite(datum.value) || datum.value < 0)
      throw new RangeError(`bar "${datum.key}" has value ${datum.value}; bar values must be finite and ≥ 0`)
  }
  const max = Math.max(0, ...data.map((datum) => datum.value))
  // With every value at 0 the bars stay empty rather than dividing by zero.
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, width - valueRoom])
  const rowHeight = labelHeight + barHeight + gap
  const bars = data.map((datum, i): PlacedBar => {
    const top = i * rowHeight
    const barWidth = round(x(datum.value))
    const label =
      [...datum.label].length > maxLabelLength
        ? `${[...datum.label]
            .slice(0, maxLabelLength - 1)
            .join('')
            .trimEnd()}…`
        : datum.label
    return {
      ...datum,
      label,
      labelY: round(top + labelHeight - 5),
      barY: round(top + labelHeight),
      barWidth,
      barHeight,
      valueX: round(barWidth + 6),
      valueY: round(top + labelHeight + barHeight / 2 + 4),
    }
  })
  return { width, height: round(Math.max(rowHeight, data.length * rowHeight - gap)), bars }
}
