import { describe, expect, it } from 'vitest'
import { summarizeBuildLog } from './summarizeBuildLog.ts'

const LOG = `13:56:11 [types] Generated 1.64s
13:56:11 [build] Collecting build info...
13:56:11 [build] ✓ Completed in 1.74s.
13:56:11 [vite] ✓ built in 625ms

 generating static routes 
13:56:14   ├─ /404.html (+40ms)
13:56:14 ▶ src/pages/index.astro
13:56:14   └─ /index.html (+1.20s)
13:56:14   ├─ /projects/aave/index.html (+12ms)
13:56:14   ├─ /projects/uniswap/index.html (+8ms)
13:56:14   ├─ /fr/projects/aave/index.html (+30ms)
\u001b[2m13:56:14\u001b[22m   └─ /api/projects/aave.json (+3ms)
13:56:20 ✓ Completed in 6.01s.
13:56:20 [atlas:project-files] ✓ 30000 project files (logos, Open Graph cards, API records) built in 53.4s
14:20:13 [build] 20011 page(s) built in 17m 54s
`

describe(summarizeBuildLog.name, () => {
  it('sums the per-page timings by route, slowest first', () => {
    expect(summarizeBuildLog(LOG).routes).toEqual([
      { route: '/', pages: 1, ms: 1200 },
      { route: '/404.html', pages: 1, ms: 40 },
      { route: '/fr/projects/*', pages: 1, ms: 30 },
      { route: '/projects/*', pages: 2, ms: 20 },
      { route: '/api/projects/*', pages: 1, ms: 3 },
    ])
  })

  it('reads the stages Astro times', () => {
    expect(summarizeBuildLog(LOG).stages).toEqual([
      { stage: '[types] types', ms: 1640 },
      { stage: '[build] Collecting build info', ms: 1740 },
      { stage: '[vite] bundle', ms: 625 },
      { stage: 'generating static routes', ms: 6010 },
      {
        stage: '[atlas:project-files] 30000 project files (logos, Open Graph cards, API records)',
        ms: 53_400,
      },
      { stage: '[build] 20011 page(s)', ms: 1_074_000 },
    ])
  })

  it('finds nothing in a log without timings', () => {
    expect(summarizeBuildLog('hello\n')).toEqual({ stages: [], routes: [] })
  })
})
