/** Where an Astro build spent its time, read from its console output. */
export interface BuildLogSummary {
  /** Stage timings Astro prints (`[types] Generated 1.52s`, `[vite] ✓ built in 448ms`, …), in ms, in order. */
  stages: Array<{ stage: string; ms: number }>
  /** Time Astro reports per generated page (`├─ /projects/a/index.html (+12ms)`), summed per route. */
  routes: Array<{ route: string; pages: number; ms: number }>
}

// Astro colours its output when it thinks it writes to a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what it strips
const ANSI = /\u001b\[[0-9;]*m/g

/**
 * Reads an `astro build` log and says where the time went: the stages Astro times, and the per-page
 * timings summed by route, a page's last path segment replaced by `*` (`/projects/*`, `/fr/projects/*`),
 * slowest first. Pure.
 *
 * @param log The build's stdout and stderr.
 * @returns Stage and route timings; empty lists when the log has none.
 * @example
 * summarizeBuildLog('  ├─ /projects/a/index.html (+12ms)\n  └─ /projects/b/index.html (+8ms)')
 * // { stages: [], routes: [{ route: '/projects/*', pages: 2, ms: 20 }] }
 */
export function summarizeBuildLog(log: string): BuildLogSummary {
  const stages: BuildLogSummary['stages'] = []
  const routes = new Map<string, { pages: number; ms: number }>()
  let current = ''
  for (const raw of log.replace(ANSI, '').split('\n')) {
    const page = /[├└]─\s+(\S+)\s+\(\+([\d.]+)(ms|s)\)/.exec(raw)
    if (page) {
      const route = routeOf(page[1] as string)
      const entry = routes.get(route) ?? { pages: 0, ms: 0 }
      entry.pages++
      entry.ms += toMs(page[2] as string, page[3] as string)
      routes.set(route, entry)
      continue
    }
    // "[build] ✓ Completed in 1.74s." ends the step the last "[build] Collecting build info..." began.
    const line = raw.replace(/^\d\d:\d\d:\d\d\s+/, '').trim()
    const stage =
      /^(?:\[([\w:-]+)\]\s+)?(?:✓\s*)?(.*?)\s*(?:Completed in|built in|Generated)\s+((?:\d+m\s+)?[\d.]+)(ms|s)\b/.exec(
        line,
      )
    if (stage) {
      const tag = stage[1] ? `[${stage[1]}] ` : ''
      const what = stage[2] || (stage[1] === 'vite' ? 'bundle' : stage[1] === 'types' ? 'types' : current)
      stages.push({ stage: `${tag}${what}`, ms: toMs(stage[3] as string, stage[4] as string) })
      continue
    }
    const begun = /^(?:\[[\w:-]+\]\s+)?([a-z][^[\]]*?)(?:\.\.\.)?$/i.exec(line)
    if (begun) current = begun[1] as string
  }
  return {
    stages,
    routes: [...routes]
      .map(([route, { pages, ms }]) => ({ route, pages, ms }))
      .sort((a, b) => b.ms - a.ms || (a.route < b.route ? -1 : 1)),
  }
}

function toMs(value: string, unit: string): number {
  const [, minutes = '0', rest = '0'] = /^(?:(\d+)m\s+)?([\d.]+)$/.exec(value) ?? []
  return Number(minutes) * 60_000 + Number(rest) * (unit === 's' ? 1000 : 1)
}

function routeOf(path: string): string {
  const folder = /(?:^|\/)index\.html$/.test(path)
  const segments = path
    .replace(/(?:^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean)
  if (segments.length < 2) return `/${segments.join('/')}${folder && segments.length > 0 ? '/' : ''}`
  return `/${segments.slice(0, -1).join('/')}/*`
}
