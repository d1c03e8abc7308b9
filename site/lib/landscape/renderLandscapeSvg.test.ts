import { optimize } from 'svgo'
import { describe, expect, it } from 'vitest'
import { type ExportSection, renderLandscapeSvg } from './renderLandscapeSvg.ts'

const theme = { background: '#ffffff', text: '#0f172a', muted: '#475569', card: '#f8fafc', border: '#cbd5e1' }
const LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`
const cards = (count: number, prefix = 'Project') =>
  Array.from({ length: count }, (_, at) => ({ name: `${prefix} ${at}`, logo: LOGO }))
/** svgo parses the document with a strict XML parser and throws on anything malformed. */
const parses = (svg: string) => optimize(svg, { plugins: [] }).data.length > 0

describe('renderLandscapeSvg', () => {
  it('draws each shown card once under its section and group, wrapping rows to the width', () => {
    const sections: ExportSection[] = [
      { name: 'DEX', color: 'rgb(96, 165, 250)', groups: [{ name: '', cards: cards(10) }] },
      {
        name: 'Lending',
        color: '#f59e0b',
        groups: [
          { name: 'Money markets', cards: cards(3, 'Market') },
          { name: 'Other', cards: [{ name: 'Old', status: 'Sunset' }] },
        ],
      },
    ]
    const narrow = renderLandscapeSvg({
      title: 'Web3 Atlas',
      subtitle: '14 of 352 projects',
      sections,
      theme,
      width: 560,
    })
    const wide = renderLandscapeSvg({
      title: 'Web3 Atlas',
      subtitle: '14 of 352 projects',
      sections,
      theme,
      width: 1400,
    })
    expect(parses(narrow.svg)).toBe(true)
    expect(narrow.svg.match(/<g class="card">/g)).toHaveLength(14)
    expect(narrow.svg.match(/<image /g)).toHaveLength(13)
    expect(narrow.svg).toContain('>Money markets</text>')
    expect(narrow.svg).toContain('>Sunset</text>')
    expect(narrow.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="560" height="\d+"/)
    // 4 cards a row at 560 px, 11 at 1400 px: the narrow file is taller.
    expect(narrow.height).toBeGreaterThan(wide.height)
    expect(wide.width).toBe(1400)
  })

  it('shows names as text, never as markup, and drops what XML cannot hold', () => {
    const hostile = '<script>alert(1)</script> & "quotes" \u0007'
    const { svg } = renderLandscapeSvg({
      title: hostile,
      subtitle: hostile,
      sections: [
        {
          name: hostile,
          color: '"red" onload="x"',
          groups: [{ name: hostile, cards: [{ name: hostile, status: hostile }] }],
        },
      ],
      theme,
    })
    expect(parses(svg)).toBe(true)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('\u0007')
    expect(svg).toContain('&lt;script&gt;')
    expect(svg).not.toContain('onload')
    expect(svg).toContain('<rect x="24" y="104" width="14" height="14" rx="3" fill="#475569"/>')
  })

  it('embeds only data: SVG logos, so the file requests nothing', () => {
    const { svg } = renderLandscapeSvg({
      title: 't',
      subtitle: 's',
      sections: [
        {
          name: 'x',
          color: '#000',
          groups: [
            {
              name: '',
              cards: [
                { name: 'a', logo: 'https://cdn.example/a.svg' },
                { name: 'b', logo: LOGO },
              ],
            },
          ],
        },
      ],
      theme,
    })
    expect(svg).not.toContain('cdn.example')
    expect(svg.match(/href="data:image\/svg\+xml,/g)).toHaveLength(1)
  })

  it('shortens long names with an ellipsis and keeps the full name as the card title', () => {
    const name = 'An Extraordinarily Long Project Name'
    const { svg } = renderLandscapeSvg({
      title: 't',
      subtitle: 's',
      sections: [{ name: 'x', color: '#000', groups: [{ name: '', cards: [{ name }] }] }],
      theme,
    })
    expect(svg).toContain(`<title>${name}</title>`)
    expect(svg).toContain('>An Extraordinari…</text>')
  })

  it('draws an empty view as a titled page with no card', () => {
    const { svg, height } = renderLandscapeSvg({
      title: 'Web3 Atlas',
      subtitle: 'No project matches',
      sections: [],
      theme,
    })
    expect(parses(svg)).toBe(true)
    expect(svg).not.toContain('class="card"')
    expect(height).toBe(24 + 64 + 24)
  })
})
