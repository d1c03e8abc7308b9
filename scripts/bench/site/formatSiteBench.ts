import type { BrowserMeasures } from './measureBrowser.ts'
import type { DistMeasures } from './measureDist.ts'

/** Everything measured for one registry. */
export interface SiteMeasures {
  buildMs: number
  dist: DistMeasures
  browser: BrowserMeasures
}

/** One column of the table: a registry's label (e.g. "10,000 projects · 40,000 relations") and measures. */
export interface SiteColumn {
  label: string
  measures: SiteMeasures
}

/** The speed targets, checked against every column. */
export const SITE_TARGETS = {
  buildMs: 90_000,
  mapJsGzipBytes: 60 * 1024,
  drawnMs: 1_500,
  frameP95Ms: 20,
} as const

interface Row {
  measure: string
  value(m: SiteMeasures): string
  target?: { text: string; met(m: SiteMeasures): boolean }
}

const KIB = 1024
const MIB = 1024 * 1024
const ms = (value: number) => `${Math.round(value)} ms`

const ROWS: Row[] = [
  {
    measure: 'full build (astro build + relativize)',
    value: (m) => `${(m.buildMs / 1000).toFixed(1)} s`,
    target: { text: '< 90 s', met: (m) => m.buildMs < SITE_TARGETS.buildMs },
  },
  { measure: 'dist/ size', value: (m) => `${(m.dist.bytes / MIB).toFixed(1)} MiB, ${m.dist.files} files` },
  { measure: 'home page (index.html), gzip', value: (m) => `${(m.dist.homeGzipBytes / KIB).toFixed(1)} KiB` },
  {
    measure: 'JS loaded by the map page, gzip',
    value: (m) =>
      `${(m.dist.mapJsGzipBytes / KIB).toFixed(1)} KiB (${m.dist.mapJsFiles.length} file${m.dist.mapJsFiles.length === 1 ? '' : 's'}, ${m.dist.mapPage})`,
    target: { text: '< 60 KiB', met: (m) => m.dist.mapJsGzipBytes < SITE_TARGETS.mapJsGzipBytes },
  },
  {
    measure: 'map drawn (navigation start → `[data-drawn="true"]`)',
    value: (m) => (m.browser.drawnMs === undefined ? 'never set' : ms(m.browser.drawnMs)),
    target: {
      text: '< 1.5 s',
      met: (m) => m.browser.drawnMs !== undefined && m.browser.drawnMs < SITE_TARGETS.drawnMs,
    },
  },
  { measure: 'load event end', value: (m) => ms(m.browser.loadMs) },
  {
    measure: 'frame time p95 while panning and zooming',
    value: (m) =>
      m.browser.frames
        ? `${m.browser.frames.p95Ms.toFixed(1)} ms (${m.browser.frames.frames} frames)`
        : 'no frames',
    target: {
      text: '< 20 ms',
      met: (m) => m.browser.frames !== undefined && m.browser.frames.p95Ms < SITE_TARGETS.frameP95Ms,
    },
  },
  {
    measure: 'frame time max while panning and zooming',
    value: (m) => (m.browser.frames ? `${m.browser.frames.maxMs.toFixed(1)} ms` : 'no frames'),
  },
  {
    measure: 'JS heap used after interaction',
    value: (m) => `${(m.browser.heapBytes / MIB).toFixed(1)} MiB`,
  },
]

/**
 * Renders the site benchmark as a Markdown table in the style of `npm run bench`: one row per measure, one
 * column per registry, the target, and ✓ or ✗ for each column in order. Pure.
 *
 * @param columns The registries measured, e.g. the synthetic one then the real one.
 * @returns The table, without a trailing newline.
 * @example formatSiteBench([{ label: '10,000 projects', measures }, { label: 'real registry', measures: real }])
 */
export function formatSiteBench(columns: readonly SiteColumn[]): string {
  const lines = [
    `| measure | ${columns.map((column) => column.label).join(' | ')} | target | met |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} | --- | --- |`,
  ]
  for (const row of ROWS) {
    const values = columns.map((column) => row.value(column.measures))
    const met = row.target
      ? columns
          .map((column) => ((row.target as NonNullable<Row['target']>).met(column.measures) ? '✓' : '✗'))
          .join(' / ')
      : '—'
    lines.push(`| ${row.measure} | ${values.join(' | ')} | ${row.target?.text ?? '—'} | ${met} |`)
  }
  return lines.join('\n')
}
