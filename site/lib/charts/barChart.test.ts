import { describe, expect, it } from 'vitest'
import { barChart } from './barChart.ts'

const data = [
  { key: 'defi', label: 'DeFi', value: 40, className: 'cat-3' },
  { key: 'wallets', label: 'Wallets', value: 13 },
  { key: 'oracles', label: 'Oracles', value: 7 },
  { key: 'empty', label: 'Empty', value: 0 },
]

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length

describe(barChart.name, () => {
  it('draws each bar in proportion to its value, the largest filling the room left for values', () => {
    const { bars } = barChart(data, { width: 400, valueRoom: 50 })
    expect(bars.map((bar) => bar.barWidth)).toEqual([350, 113.8, 61.2, 0])
    for (const bar of bars.slice(1)) expect(bar.barWidth / 350).toBeCloseTo(bar.value / 40, 2)
  })

  it('keeps the order given, one row below the other, with labels above bars and values after them', () => {
    const { bars, height } = barChart(data, { barHeight: 12, labelHeight: 17, gap: 9 })
    expect(bars.map((bar) => bar.key)).toEqual(['defi', 'wallets', 'oracles', 'empty'])
    expect(bars.map((bar) => bar.barY)).toEqual([17, 55, 93, 131])
    for (const bar of bars) {
      expect(bar.labelY).toBeLessThan(bar.barY)
      expect(bar.valueX).toBeGreaterThan(bar.barWidth)
    }
    expect(bars[0]?.className).toBe('cat-3')
    expect(height).toBe(4 * 38 - 9)
  })

  it('writes every number with at most one decimal and gives the same layout every time', () => {
    const layout = barChart(data, { width: 333 })
    for (const bar of layout.bars)
      for (const value of [bar.labelY, bar.barY, bar.barWidth, bar.valueX, bar.valueY])
        expect(decimals(value)).toBeLessThanOrEqual(1)
    expect(barChart(data, { width: 333 })).toEqual(layout)
  })

  it('shortens a label too long for the viewBox with an ellipsis', () => {
    const [bar] = barChart([{ key: 'long', label: 'Liquid staking and restaking', value: 1 }], {
      maxLabelLength: 15,
    }).bars
    expect(bar?.label).toBe('Liquid staking…')
  })

  it('leaves every bar empty when all values are zero, and refuses negative values', () => {
    expect(barChart([{ key: 'a', label: 'A', value: 0 }]).bars[0]?.barWidth).toBe(0)
    expect(() => barChart([{ key: 'a', label: 'A', value: -1 }])).toThrow(/bar "a" has value -1/)
  })
})
