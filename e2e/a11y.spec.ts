import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { axeViolations, WCAG_21_AA } from './axe.ts'
import { DIST } from './distDir.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// axe-core (WCAG 2.1 A and AA) on EVERY page of the built site (dist/, from `npm run build`) in the light
// colour scheme, and on every page but a sample of the project pages (every 10th) in the dark one, at the
// origin root. Pages are listed from dist/ itself, so a new page is checked without touching this file.
// The landscape, graph and embed pages (the largest) are checked in both schemes, with their panels open,
// by their own specs (landscape.spec.ts, graph.spec.ts), so they are skipped here. The pages are shared
// among a few tests, so both workers check them. ATLAS_A11Y_ALL=1 also checks every dark project page.
const CHECKED_ELSEWHERE = new Set(['', 'fr/', 'graph/', 'fr/graph/', 'embed/', 'fr/embed/'])
const SHARDS = { light: 4, dark: 1 } as const
const DARK_PROJECT_SAMPLE = process.env.ATLAS_A11Y_ALL === '1' ? 1 : 10

test.describe.configure({ mode: 'parallel' })

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

/** The pages a scheme checks: all of them in light; in dark, every page but a sample of project pages. */
function pagesFor(colorScheme: 'light' | 'dark'): string[] {
  if (colorScheme === 'light') return pages
  let projectIndex = 0
  return pages.filter((path) => !path.includes('projects/') || projectIndex++ % DARK_PROJECT_SAMPLE === 0)
}

for (const colorScheme of ['light', 'dark'] as const) {
  const shards = SHARDS[colorScheme]
  for (let shard = 0; shard < shards; shard++) {
    test(`axe finds no violation on any page (${colorScheme} scheme, part ${shard + 1} of ${shards})`, async ({
      page,
    }) => {
      test.setTimeout(900_000)
      await page.emulateMedia({ colorScheme })
      const foreign = await blockForeignRequests(page, new URL(server.url).origin)
      const all = pagesFor(colorScheme)
      const checked = all.filter((_, index) => index % shards === shard)
      const violations: string[] = []
      for (const path of checked) {
        await page.goto(`${server.url}/${path}`)
        violations.push(...(await axeViolations(page, { label: `/${path}`, tags: WCAG_21_AA })))
      }
      expect(violations).toEqual([])
      expect(foreign).toEqual([])
      // Every project has a page in each language: a listing that missed them would check almost nothing.
      const projectPages = all.filter((path) => path.includes('projects/')).length
      expect(projectPages).toBeGreaterThan(colorScheme === 'light' ? 600 : 60)
    })
  }
}

test('the check reports a violation when there is one', async ({ page }) => {
  // An image without a text alternative and a link without a name: what the page checks above must catch.
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><a href="#"></a></main>',
  )
  const violations = await axeViolations(page, { label: 'fixture', tags: WCAG_21_AA })
  expect(violations.map((line) => line.split(' ')[1])).toEqual(['image-alt', 'link-name'])
})
