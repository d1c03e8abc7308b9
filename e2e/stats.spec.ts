import { readdir, readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { loadRegistry } from '../indexer/registry/loadRegistry.ts'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { axeViolations } from './axe.ts'
import { DIST } from './distDir.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// The stats and release pages of the built site (dist/, made by `npm run build` before this suite), served
// from `/`. The numbers in each table are checked against the registry counted here, independently of the
// site's own code; every chart must come with its table, in both languages.

let server: Awaited<ReturnType<typeof startStaticServer>>
let registry: Awaited<ReturnType<typeof loadRegistry>>
let releases: Array<{ version: string; cid: string }>
let snapshotCount: number

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, port: 0 })
  registry = await loadRegistry('registry')
  releases = JSON.parse(await readFile('releases.json', 'utf8'))
  snapshotCount = (await readdir('snapshot').catch(() => [])).filter((name) => name.endsWith('.json')).length
})

test.afterAll(async () => {
  await server?.close()
})

const PAGES = ['stats/', 'fr/stats/', 'releases/', 'fr/releases/']

/** The rows of the table of one statistic: first cell's text (or key) → the count, read as a person sees it. */
async function table(page: Page, stat: string) {
  const rows = page.locator(`table[data-stat="${stat}"] tbody tr`)
  const entries = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-key') ?? '', tr.querySelector('td')?.textContent ?? ''] as const),
  )
  // French groups thousands with a narrow no-break space: keep the digits only.
  const counts = new Map(entries.map(([key, text]) => [key, Number(text.replace(/\D/g, ''))]))
  // Not every table has a total: projects per chain would add up to more than the projects.
  const footer = page.locator(`table[data-stat="${stat}"] tfoot td`)
  const totalText = (await footer.count()) > 0 ? await footer.textContent() : null
  return {
    counts,
    sum: [...counts.values()].reduce((a, b) => a + b, 0),
    total: totalText === null ? undefined : Number(totalText.replace(/\D/g, '')),
  }
}

const tally = <T>(items: readonly T[], keyOf: (item: T) => string | undefined) => {
  const counts = new Map<string, number>()
  for (const item of items) {
    const key = keyOf(item)
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

for (const path of ['stats/', 'fr/stats/']) {
  test(`/${path} shows each chart with a table whose numbers match the registry`, async ({ page }) => {
    await page.goto(`${server.url}/${path}`)
    const projects = registry.projects

    // Every drawn chart has a text alternative and its table beside it.
    const sections = page.locator('section.stat')
    expect(await sections.count()).toBeGreaterThanOrEqual(7)
    for (const section of await sections.all()) {
      const charts = section.locator('svg[role="img"]')
      if ((await charts.count()) === 0) continue // a statistic with nothing to draw says so in words
      await expect(charts).toHaveAttribute('aria-label', /\S/)
      await expect(section.locator('table')).toHaveCount(1)
    }

    const categories = await table(page, 'categories')
    expect(categories.sum).toBe(projects.length)
    expect(categories.total).toBe(projects.length)
    const perCategory = tally(projects, (project) => project.category)
    for (const category of registry.categories)
      expect(categories.counts.get(category.id), category.id).toBe(perCategory.get(category.id) ?? 0)
    // The bars are in the table's order, one per row.
    await expect(page.locator('#stat-categories svg rect')).toHaveCount(registry.categories.length)

    const chains = await table(page, 'chains')
    const perChain = tally(
      projects.flatMap((project) => [...new Set(project.chains)]),
      (chain) => chain,
    )
    expect(Object.fromEntries(chains.counts)).toEqual(Object.fromEntries(perChain))

    const statuses = await table(page, 'statuses')
    expect(statuses.sum).toBe(projects.length)
    for (const [status, count] of tally(projects, (project) => project.status))
      expect(statuses.counts.get(status), status).toBe(count)

    const relations = await table(page, 'relations')
    expect(relations.sum).toBe(relations.total)
    expect(relations.sum).toBeGreaterThan(0)

    const launches = await table(page, 'launches')
    expect(launches.sum).toBe(projects.filter((project) => project.launched).length)
    for (const [year, count] of tally(projects, (project) => project.launched?.slice(0, 4)))
      expect(launches.counts.get(year), year).toBe(count)

    const tokens = await table(page, 'tokens')
    const allTokens = projects.flatMap((project) => project.tokens)
    expect(tokens.sum).toBe(allTokens.length)
    expect(Object.fromEntries(tokens.counts)).toEqual(
      Object.fromEntries(tally(allTokens, (token) => token.chain)),
    )

    const contracts = await table(page, 'contracts')
    const contractCount = projects.flatMap((project) => project.contracts).length
    expect(contracts.sum).toBe(contractCount)
    if (snapshotCount === 0) {
      // Nothing is read yet, and the page says so rather than showing an empty control chart.
      expect(contracts.counts.get('unconfirmed')).toBe(contractCount)
      await expect(page.locator('#stat-control svg')).toHaveCount(0)
      await expect(page.locator('#stat-control p')).toHaveCount(1)
    }
  })
}

test('the stats and release pages fit a 360px screen, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const path of ['stats/', 'fr/stats/', 'releases/', 'fr/releases/']) {
    await page.goto(`${server.url}/${path}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})

for (const [path, heading] of [
  ['releases/', 'Release history'],
  ['fr/releases/', 'Historique des versions'],
] as const) {
  test(`/${path} lists every release, newest first, with links to open it`, async ({ page }) => {
    await page.goto(`${server.url}/${path}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(page.locator('main')).toContainText('npm run verify -- --cid <CID>')
    const listed = page.locator('li.release')
    if (releases.length === 0) {
      await expect(listed).toHaveCount(0)
      await expect(page.locator('[data-empty]')).toBeVisible()
      return
    }
    await expect(listed).toHaveCount(releases.length)
    for (const [index, release] of releases.entries()) {
      const item = listed.nth(index)
      await expect(item).toHaveAttribute('data-version', release.version)
      await expect(item.locator('code.cid')).toHaveText(release.cid)
      await expect(item.locator(`a[href="https://ipfs.io/ipfs/${release.cid}/"]`)).toHaveCount(1)
    }
  })
}

test('the pages request nothing from another origin and every asset loads', async ({ page }) => {
  const foreign = await blockForeignRequests(page, new URL(server.url).origin)
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  for (const path of PAGES) {
    await page.goto(`${server.url}/${path}`)
    await page.waitForLoadState('networkidle')
  }
  expect(failed).toEqual([])
  expect(foreign).toEqual([])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the stats and release pages (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    for (const path of PAGES) {
      await page.goto(`${server.url}/${path}`)
      expect(await axeViolations(page, { label: path })).toEqual([])
    }
  })
}
