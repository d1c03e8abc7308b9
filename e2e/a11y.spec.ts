import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { DIST } from './distDir.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// axe-core on EVERY page of the built site (dist/, from `npm run build`), in the light and the dark
// colour scheme, at the origin root. Pages are listed from dist/ itself, so a new page is checked
// without touching this file. The landscape, graph and embed pages (the largest, 10–25 s of axe each)
// are checked in both schemes by their own specs (landscape.spec.ts, graph.spec.ts), so they are
// skipped here.
const CHECKED_ELSEWHERE = new Set(['', 'fr/', 'graph/', 'fr/graph/', 'embed/', 'fr/embed/'])

let server: Awaited<ReturnType<typeof startStaticServer>>
let pages: string[]

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, port: 0 })
  pages = (await htmlPages(DIST)).filter(
    (path) => !path.endsWith('ipfs-404.html') && !CHECKED_ELSEWHERE.has(path),
  )
})

test.afterAll(async () => {
  await server?.close()
})

async function htmlPages(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')
      found.push(path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path)
    }
  }
  return found.sort()
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any page (${colorScheme} scheme)`, async ({ page }) => {
    test.setTimeout(process.env.ATLAS_A11Y_ALL === '1' ? 3_600_000 : 600_000)
    await page.emulateMedia({ colorScheme })
    const foreign = await blockForeignRequests(page, new URL(server.url).origin)
    const violations: string[] = []
    // The 704 project pages share one template and take ~0.6 s of axe each, so a run checks every other
    // page and a fixed sample of them (every 10th in the light scheme, every 50th in the dark one);
    // ATLAS_A11Y_ALL=1 checks every project page (about 7 minutes).
    const every = process.env.ATLAS_A11Y_ALL === '1' ? 1 : colorScheme === 'light' ? 10 : 50
    let projectIndex = 0
    const checked = pages.filter((path) => !path.includes('projects/') || projectIndex++ % every === 0)
    for (const path of checked) {
      await page.goto(`${server.url}/${path}`)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const violation of results.violations)
        violations.push(
          `/${path}: ${violation.id} (${violation.impact}) ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        )
    }
    expect(violations).toEqual([])
    expect(foreign).toEqual([])
    expect(checked.length).toBeGreaterThan(colorScheme === 'light' ? 70 : 20)
  })
}
