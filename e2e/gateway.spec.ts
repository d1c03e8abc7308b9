import { expect, test } from '@playwright/test'
import { blockForeignRequests } from './foreignRequests.ts'
import { type ServedSite, serveSite } from './servedSite.ts'

// The built site (dist/, made by `npm run build` before this suite) is imported into a real in-process
// Helia node and served the three ways visitors reach it: a path gateway, a subdomain gateway, and `/`.
let site: ServedSite

test.beforeAll(async () => {
  site = await serveSite()
})

test.afterAll(async () => {
  await site?.close()
})

const addresses = [
  { name: 'a path gateway (/ipfs/<cid>/)', base: () => site.pathGateway },
  { name: 'a subdomain gateway (<cid>.ipfs.localhost)', base: () => site.subdomainGateway },
  { name: 'the origin root (/)', base: () => site.originRoot },
]

for (const { name, base } of addresses) {
  test(`the landscape, a project page, the graph and the French pages work from ${name}`, async ({
    page,
  }) => {
    const home = base()
    const foreign = await blockForeignRequests(page, new URL(home).origin)
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })

    await page.goto(home)
    await expect(page.locator('main a[href$="projects/uniswap/"]').first()).toBeVisible()
    expect(await page.locator('main a[href*="projects/"]').count()).toBeGreaterThanOrEqual(site.projectCount)

    await page.locator('main a[href$="projects/uniswap/"]').first().click()
    await expect(page).toHaveURL(`${home}projects/uniswap/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uniswap')

    // A relation on the project page leads to the other project.
    await page.locator('main a[href$="projects/ethereum/"]').first().click()
    await expect(page).toHaveURL(`${home}projects/ethereum/`)

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Graph' }).click()
    await expect(page).toHaveURL(`${home}graph/`)
    await expect(page.locator('[data-drawn="true"]').first()).toBeAttached()

    await page.locator('header a[hreflang="fr"]').click()
    await expect(page).toHaveURL(`${home}fr/graph/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await page.getByRole('link', { name: 'Web3 Atlas', exact: true }).click()
    await expect(page).toHaveURL(`${home}fr/`)
    await page.locator('header a[hreflang="en"]').click()
    await expect(page).toHaveURL(home)

    expect(failed, 'every asset and page loads').toEqual([])
    expect(foreign, 'no request leaves the origin').toEqual([])
  })

  test(`every link of every page resolves, and none leaves the site, from ${name}`, async ({ page }) => {
    test.setTimeout(300_000)
    const home = base()
    // Fetched by the browser, from the site's own origin: only Chromium resolves *.ipfs.localhost.
    await page.goto(home)
    const { pages, broken, escaped } = await crawl(page, home)
    expect(broken).toEqual([])
    expect(escaped, 'links that leave the site root (they break on path gateways)').toEqual([])
    // Every project has a page in each language, plus the other pages.
    expect(pages).toBeGreaterThan(site.projectCount * 2)
  })
}

test('a missing nested path under a path gateway shows the 404 page, which leads back to the map', async ({
  page,
}) => {
  const home = site.pathGateway
  const response = await page.goto(`${home}projects/no-such-project/deeper/`)
  expect(response?.status()).toBe(404)
  await page.getByRole('link', { name: /back to the map/i }).click()
  await expect(page).toHaveURL(home)
  await expect(page.locator('main a[href$="projects/uniswap/"]').first()).toBeVisible()
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the landscape reaches every project with a plain link', async ({ page }) => {
    const home = site.pathGateway
    await page.goto(home)
    const hrefs = await page
      .locator('main a[href*="projects/"]')
      .evaluateAll((links) =>
        links
          .filter((link) => (link as HTMLElement).offsetParent !== null)
          .map((link) => link.getAttribute('href')),
      )
    const slugs = new Set(hrefs.map((href) => /projects\/([^/]+)\//.exec(href ?? '')?.[1]))
    expect(slugs.size).toBe(site.projectCount)
    await page.locator('main a[href$="projects/aave/"]').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aave')
  })
})

/**
 * Follows every same-origin href/src from the home page, breadth first, fetching each URL once. A link
 * outside `home` (e.g. `/graph/` on a path gateway, which leaves `/ipfs/<cid>/`) is reported, not followed.
 */
async function crawl(page: import('@playwright/test').Page, home: string) {
  const seen = new Set<string>([home])
  const queue = [home]
  const broken: string[] = []
  const escaped: string[] = []
  let pages = 0
  while (queue.length > 0) {
    const url = queue.shift() as string
    const response = await page.evaluate(async (target) => {
      const answer = await fetch(target)
      const type = answer.headers.get('content-type') ?? ''
      return {
        ok: answer.ok,
        status: answer.status,
        html: type.startsWith('text/html') ? await answer.text() : undefined,
      }
    }, url)
    if (!response.ok) {
      broken.push(`${url} (${response.status})`)
      continue
    }
    if (response.html === undefined) continue
    pages++
    for (const link of localLinks(response.html, url)) {
      if (!link.startsWith(home)) {
        escaped.push(`${url} → ${link}`)
        continue
      }
      if (!seen.has(link)) {
        seen.add(link)
        queue.push(link)
      }
    }
  }
  return { pages, broken, escaped }
}

/** Same-origin URLs referenced by href/src attributes, resolved against the page URL. */
function localLinks(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin
  const urls = new Set<string>()
  for (const match of html.matchAll(/\s(?:href|src)="([^"#]*)[^"]*"/g)) {
    const raw = (match[1] ?? '').replaceAll('&amp;', '&')
    if (raw === '' || /^(?:mailto|javascript|data|blob):/i.test(raw)) continue
    const url = new URL(raw, pageUrl)
    url.hash = ''
    if (url.origin === origin) urls.add(url.href)
  }
  return [...urls].sort()
}
