import { expect, type Page, test } from '@playwright/test'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { buildInfo } from '../site/lib/buildInfo.ts'
import { axeViolations } from './axe.ts'
import { DIST } from './distDir.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// Project pages of the built site (dist/, made by `npm run build` before this suite; ATLAS_DIST names another
// folder), served at `/`.
let server: Awaited<ReturnType<typeof startStaticServer>>
const repository = buildInfo().repository

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, port: 0 })
})

test.afterAll(async () => {
  await server?.close()
})

async function open(page: Page, path: string) {
  const foreign = await blockForeignRequests(page, new URL(server.url).origin)
  const response = await page.goto(`${server.url}/${path}`)
  expect(response?.status(), path).toBe(200)
  return foreign
}

test('a project page shows its facts, contracts and relations both ways', async ({ page }) => {
  const foreign = await open(page, 'projects/uniswap/')
  const main = page.locator('main')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uniswap')
  await expect(main.getByRole('link', { name: 'Decentralized exchanges' }).first()).toHaveAttribute(
    'href',
    /#cat-dex$/,
  )
  await expect(main.getByRole('heading', { name: 'Contracts', level: 2 })).toBeVisible()
  await expect(main.getByText('Who controls it').first()).toBeVisible()
  await expect(main.getByText('Not yet confirmed on chain').first()).toBeVisible()
  const relations = page.locator('section[aria-labelledby="relations"]')
  await expect(relations.getByRole('heading', { name: 'Uniswap …' })).toBeVisible()
  await expect(relations.getByRole('heading', { name: '… Uniswap' })).toBeVisible()
  await expect(relations.locator('li').filter({ hasText: /built on\s+Ethereum/ })).toHaveCount(1)
  expect(foreign).toEqual([])
})

test('the ego graph links every neighbour to its page', async ({ page }) => {
  await open(page, 'projects/uniswap/')
  const nodes = page.locator('.ego-svg a')
  expect(await nodes.count()).toBeGreaterThan(2)
  const listed = await page
    .locator('section[aria-labelledby="relations"] ul a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  for (const href of await nodes.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(listed).toContain(href)
  const node = nodes.filter({ has: page.locator('title', { hasText: /^Ethereum$/ }) })
  // Click the node's dot: the middle of a node's box may fall between its dot and its label.
  await node.locator('circle').click()
  await expect(page).toHaveURL(`${server.url}/projects/ethereum/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ethereum')
})

test('edit and report links point at the repository with the right path and a prefilled title', async ({
  page,
}) => {
  await open(page, 'projects/uniswap/')
  await expect(page.getByRole('link', { name: 'Edit this on GitHub' })).toHaveAttribute(
    'href',
    `${repository}/edit/main/registry/projects/uniswap.yaml`,
  )
  const report = new URL(
    (await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href')) ?? '',
  )
  expect(`${report.origin}${report.pathname}`).toBe(`${repository}/issues/new`)
  expect(report.searchParams.get('title')).toBe('Problem with Uniswap')
  expect(report.searchParams.get('body')).toContain('registry/projects/uniswap.yaml')
})

test('the French page speaks French and switches back to the English page', async ({ page }) => {
  const foreign = await open(page, 'fr/projects/uniswap/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uniswap')
  await expect(page.getByRole('heading', { name: 'Contrats', level: 2 })).toBeVisible()
  await expect(page.getByText('Qui le contrôle').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Signaler un problème' })).toBeVisible()
  await page
    .locator('.ego-svg a')
    .filter({ has: page.locator('title', { hasText: /^Ethereum$/ }) })
    .locator('circle')
    .click()
  await expect(page).toHaveURL(`${server.url}/fr/projects/ethereum/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ethereum')
  await page.goto(`${server.url}/fr/projects/uniswap/`)
  await page.locator('a.lang-switch').click()
  await expect(page).toHaveURL(`${server.url}/projects/uniswap/`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(foreign).toEqual([])
})

test('every project has an Open Graph card, a 600×315 PNG', async ({ request }) => {
  const response = await request.get(`${server.url}/og/uniswap.png`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\/png/)
  const body = await response.body()
  expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([600, 315])
})

test('the page announces its Open Graph card, which resolves to a PNG', async ({ page, request }) => {
  await open(page, 'fr/projects/uniswap/')
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Uniswap')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const response = await request.get(new URL(image ?? '', page.url()).href)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\/png/)
})

test.describe('with JavaScript off, at 360 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } })

  test('the page reads whole without horizontal scrolling', async ({ page }) => {
    for (const path of ['projects/ethereum/', 'fr/projects/uniswap/', 'projects/aave/']) {
      await open(page, path)
      await expect(page.locator('.ego-svg')).toBeVisible()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on project pages in both languages (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    for (const path of [
      'projects/uniswap/',
      'fr/projects/uniswap/',
      'projects/ethereum/',
      'fr/projects/aave/',
    ]) {
      await open(page, path)
      expect(await axeViolations(page, { label: path })).toEqual([])
    }
  })
}
