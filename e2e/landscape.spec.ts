import { expect, type Page, test } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { downloadFrom } from './download.ts'
import { blockForeignRequests } from './foreignRequests.ts'
import { type ServedSite, serveSite } from './servedSite.ts'

// The landscape (home page) and the embed page of the built dist/ (`npm run build` runs first), served at
// `/` by the static server and under `/ipfs/<cid>/` by a real Helia path gateway.
let site: ServedSite

test.beforeAll(async () => {
  site = await serveSite()
})

test.afterAll(async () => {
  await site?.close()
})

const addresses = [
  { name: 'the origin root', base: () => site.originRoot },
  { name: 'a path gateway', base: () => site.pathGateway },
]

const visibleCards = (page: Page) => page.locator('main [data-slug]:not([hidden])')

for (const { name, base } of addresses) {
  test.describe(`from ${name}`, () => {
    test('search narrows the cards, writes the hash, and the link restores the same view', async ({
      page,
    }) => {
      const home = base()
      const foreign = await blockForeignRequests(page, new URL(home).origin)
      await page.goto(home)
      await expect(page.getByText(`${site.projectCount} of ${site.projectCount} projects`)).toBeVisible()

      await page.getByRole('searchbox', { name: 'Search projects' }).fill('uniswap')
      await expect(page).toHaveURL(/#q=uniswap$/)
      const shown = await visibleCards(page).count()
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(site.projectCount)
      await expect(page.getByRole('link', { name: /^Uniswap/ })).toBeVisible()
      await expect(page.getByRole('link', { name: /^Aave/ })).toBeHidden()
      await expect(page.getByText(`${shown} of ${site.projectCount} projects`)).toBeVisible()
      // Sections with no match disappear with their heading.
      await expect(page.locator('#cat-wallet')).toBeHidden()

      const url = page.url()
      await page.goto('about:blank')
      await page.goto(url)
      await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('uniswap')
      await expect(visibleCards(page)).toHaveCount(shown)

      await page
        .getByRole('link', { name: /^Uniswap/ })
        .first()
        .click()
      await expect(page).toHaveURL(`${home}projects/uniswap/`)
      expect(foreign, 'no request leaves the origin').toEqual([])
    })

    test('a filter combination round-trips through the URL', async ({ page }) => {
      const home = base()
      const foreign = await blockForeignRequests(page, new URL(home).origin)
      await page.goto(home)
      await page.getByText('Filters', { exact: true }).click()
      const category = page.getByRole('group', { name: 'Category' })
      await category.getByRole('checkbox', { name: /^Decentralized exchanges/ }).check()
      await category.getByRole('checkbox', { name: /^Lending/ }).check()
      await page
        .getByRole('group', { name: 'Other' })
        .getByRole('checkbox', { name: /Has a token/ })
        .check()
      await page.getByLabel('Size cards by').selectOption('relations')
      await expect(page).toHaveURL(/#cat=dex%2Clending&token=1&metric=relations$/)
      const shown = await visibleCards(page).count()
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(site.projectCount)
      // Every visible card is a token-issuing dex or lending project, with its relations badge.
      await expect(page.locator('main section[data-section]:not([hidden])')).toHaveCount(2)
      await expect(visibleCards(page).first().locator('.metric--relations')).toBeVisible()

      await page.goto('about:blank')
      await page.goto(`${home}#cat=dex,lending&token=1&metric=relations`)
      await expect(visibleCards(page)).toHaveCount(shown)
      // The panel's summary now counts the active filters.
      await page.getByText('Filters (3)', { exact: true }).click()
      await expect(page.getByRole('checkbox', { name: /^Lending/ })).toBeChecked()
      await expect(page.getByRole('checkbox', { name: /Has a token/ })).toBeChecked()
      await expect(page.getByLabel('Size cards by')).toHaveValue('relations')
      expect(foreign).toEqual([])
    })
  })
}

test('the download buttons save the shown view as SVG and PNG, logos inside, from a path gateway', async ({
  page,
}) => {
  const home = site.pathGateway
  const foreign = await blockForeignRequests(page, new URL(home).origin)
  await page.goto(`${home}#cat=dex`)
  const shown = await visibleCards(page).count()
  await expect(page.getByText(`${shown} of ${site.projectCount} projects`)).toBeVisible()

  const svgDownload = await downloadFrom(page, 'Download SVG')
  expect(svgDownload.name).toBe('web3-atlas-landscape.svg')
  const svg = svgDownload.bytes.toString('utf8')
  expect(svg.match(/<g class="card">/g)).toHaveLength(shown)
  // Each card's logo (a monogram when the project has none) travels inside the file as a data: URL.
  expect(svg.match(/<image [^>]*href="data:image\/svg\+xml,/g)).toHaveLength(shown)
  expect(svg).toContain('>Decentralized exchanges <tspan')
  expect(svg).not.toContain('>Lending <tspan')
  expect(svg).toContain(`${shown} of ${site.projectCount} projects · ${home}#cat=dex`)
  const parses = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  )
  expect(parses).toBe(true)

  const pngDownload = await downloadFrom(page, 'Download PNG')
  expect(pngDownload.name).toBe('web3-atlas-landscape.png')
  const png = pngDownload.bytes
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  // Drawn at twice the SVG's 1200 px width.
  expect(png.readUInt32BE(16)).toBe(2400)
  expect(foreign, 'no request leaves the origin').toEqual([])
})

test('a #cat- anchor from another page scrolls to the category and is not read as a view', async ({
  page,
}) => {
  await page.goto(`${site.originRoot}#cat-lending`)
  await expect(page).toHaveURL(/#cat-lending$/)
  await expect(visibleCards(page)).toHaveCount(site.projectCount)
  await expect(page.locator('#cat-lending')).toBeInViewport()
})

test('"/" focuses the search and Esc clears it, then leaves it; Esc closes the filters', async ({ page }) => {
  await page.goto(site.originRoot)
  const search = page.getByRole('searchbox', { name: 'Search projects' })
  await expect(search).toBeVisible()
  await page.locator('body').press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('aave')
  await expect(page).toHaveURL(/#q=aave$/)
  await page.keyboard.press('Escape')
  await expect(search).toHaveValue('')
  await expect(visibleCards(page)).toHaveCount(site.projectCount)
  expect(new URL(page.url()).hash).toBe('')
  await page.keyboard.press('Escape')
  await expect(search).not.toBeFocused()

  const filters = page.locator('details.filters')
  await filters.locator('summary').click()
  await expect(filters).toHaveAttribute('open', '')
  await page.keyboard.press('Escape')
  await expect(filters).not.toHaveAttribute('open', '')
})

test('the embed snippet points at the embed page of the current address with the view', async ({ page }) => {
  const home = `${site.pathGateway}fr/`
  await page.goto(`${home}#q=aave`)
  await page.getByText('Intégrer cette vue').click()
  await expect(page.getByLabel('Code HTML à intégrer')).toHaveValue(
    `<iframe src="${home}embed/#q=aave" title="Web3 Atlas : projets" width="800" height="600" loading="lazy"></iframe>`,
  )
})

test('the embed page applies the view in its hash, and its links open a new tab', async ({ page }) => {
  const home = site.pathGateway
  const foreign = await blockForeignRequests(page, new URL(home).origin)
  await page.goto(`${home}embed/#cat=lending`)
  const shown = await visibleCards(page).count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(site.projectCount)
  await expect(page.locator('main section[data-section]:not([hidden])')).toHaveCount(1)
  await expect(page.locator('header, nav, footer')).toHaveCount(0)
  const aave = page.getByRole('link', { name: /^Aave/ }).first()
  await expect(aave).toHaveAttribute('target', '_blank')
  await expect(aave).toHaveAttribute('rel', 'noopener')
  await page.evaluate(() => {
    location.hash = '#q=uniswap'
  })
  await expect(page.getByRole('link', { name: /^Uniswap/ }).first()).toBeVisible()
  await expect(aave).toBeHidden()
  expect(foreign).toEqual([])
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('every project is a visible link and the filters are not shown', async ({ page }) => {
    await page.goto(site.pathGateway)
    const links = page.locator('main [data-slug] a[href*="projects/"]')
    await expect(links).toHaveCount(site.projectCount)
    await expect(page.getByRole('searchbox')).toHaveCount(0)
    await links.filter({ hasText: 'Aave' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aave')
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme })
    for (const path of ['', 'fr/', 'embed/', 'fr/embed/']) {
      test(`finds no violation on /${path}`, async ({ page }) => {
        // axe walks every one of the 352 cards: slow, not stuck.
        test.setTimeout(120_000)
        await page.goto(`${site.originRoot}${path}#q=a&metric=relations`)
        await page.evaluate(() => document.querySelector('details[data-panel]')?.setAttribute('open', ''))
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}

test('nothing scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['', 'embed/']) {
    await page.goto(`${site.originRoot}${path}`)
    await page.evaluate(() => document.querySelector('details[data-panel]')?.setAttribute('open', ''))
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
