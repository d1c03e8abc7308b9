import { describe, expect, it } from 'vitest'
import { lineChart } from './lineChart.ts'

const years = [
  { label: 2015, value: 2 },
  { label: 2016, value: 0 },
  { label: 2017, value: 8 },
  { label: 2018, value: 5 },
]

const numbersIn = (path: string) => (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number)

describe(lineChart.name, () => {
  it('places years left to right and counts bottom to top, the highest count at the top of the plot', () => {
    const { points, plot } = lineChart(years, { width: 400, height: 200 })
    expect(points.map((point) => point.x)).toEqual([34, 151.3, 268.7, 386])
    expect(points[2]?.y).toBe(plot.top)
    expect(points[1]?.y).toBe(plot.bottom)
    // Heights above the baseline are proportional to the counts.
    const height = (value: number) => plot.bottom - (points.find((point) => point.value === value)?.y ?? 0)
    expect(height(5) / height(8)).toBeCloseTo(5 / 8, 2)
  })

  it('draws the line through every point and closes the area on the baseline', () => {
    const layout = lineChart(years)
    expect(layout.line).toBe(`M${layout.points.map((point) => `${point.x},${point.y}`).join('L')}`)
    expect(layout.area.startsWith(`M${layout.points[0]?.x},${layout.points[0]?.y}`)).toBe(true)
    expect(layout.area).toContain(`${layout.points[0]?.x},${layout.plot.bottom}Z`)
  })

  it('labels whole years and whole counts only, and writes rounded numbers the same every time', () => {
    const layout = lineChart(years, { width: 360 })
    expect(layout.xTicks.map((tick) => tick.label)).toEqual([2015, 2016, 2017, 2018])
    expect(layout.yTicks.map((tick) => tick.label)).toEqual([0, 2, 4, 6, 8])
    for (const value of [...numbersIn(layout.line), ...numbersIn(layout.area)])
      expect((String(value).split('.')[1] ?? '').length).toBeLessThanOrEqual(1)
    expect(lineChart(years, { width: 360 })).toEqual(layout)
  })

  it('puts a single year in the middle and draws nothing without data', () => {
    const one = lineChart([{ label: 2020, value: 3 }], { width: 400 })
    expect(one.points[0]?.x).toBe(210)
    expect(one.xTicks.map((tick) => tick.label)).toEqual([2020])
    const none = lineChart([])
    expect(none.line).toBe('')
    expect(none.points).toEqual([])
    expect(none.xTicks).toEqual([])
  })
})
