import { readdir } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { createHeliaLight, type Helia } from 'helia'
import { startGateway } from '../scripts/ipfs/gateway.ts'
import { importDirectory } from '../scripts/ipfs/importDirectory.ts'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// The built site (dist/, made by `npm run build` before this suite) is imported into a real in-process
// Helia node and served the three ways visitors reach it: a path gateway, a subdomain gateway, and `/`.
let helia: Helia
let gateway: Awaited<ReturnType<typeof startGateway>>
let server: Awaited<ReturnType<typeof startStaticServer>>
let cid: string
let projectCount: number

test.beforeAll(async () => {
  helia = createHeliaLight()
  await helia.start()
  cid = (await importDirectory('dist', { blockstore: helia.blockstore })).toString()
  gateway = await startGateway({ blockstore: helia.blockstore })
  server = await startStaticServer({ root: 'dist', port: 0 })
  projectCount = (await readdir('registry/projects')).filter((name) => name.endsWith('.yaml')).length
})

test.afterAll(async () => {
  await gateway?.close()
  await server?.close()
  await helia?.stop()
})

const addresses = [
  { name: 'a path gateway (/ipfs/<cid>/)', base: () => `${gateway.url}/ipfs/${cid}/` },
  {
    name: 'a subdomain gateway (<cid>.ipfs.localhost)',
    base: () => `http://${cid}.ipfs.localhost:${gateway.port}/`,
  },
  { name: 'the origin root (/)', base: () => `${server.url}/` },
]

for (const { name, base } of addresses) {
  test(`the map and a project page work from ${name}`, async ({ page }) => {
    const home = base()
    const foreign = await blockForeignRequests(page, new URL(home).origin)
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })

    await page.goto(home)
    const map = page.getByRole('img', { name: /map/i }).first()
    await expect(map).toBeVisible()
    await expect(page.locator('svg a[href*="projects/"]')).toHaveCount(projectCount)

    await page.locator('svg a[href*="projects/uniswap/"]').first().click()
    await expect(page).toHaveURL(`${home}projects/uniswap/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uniswap')

    // A relation on the project page leads to the other project, and the home link leads back.
    await page.getByRole('link', { name: 'Ethereum', exact: true }).first().click()
    await expect(page).toHaveURL(`${home}projects/ethereum/`)
    await page
      .getByRole('link', { name: /web3 atlas/i })
      .first()
      .click()
    await expect(page).toHaveURL(home)

    expect(failed, 'every asset and page loads').toEqual([])
    expect(foreign, 'no request leaves the origin').toEqual([])
  })
}

test('every link on the home page and on every project page resolves under a path gateway', async ({
  request,
}) => {
  const home = `${gateway.url}/ipfs/${cid}/`
  const pages = [home, ...(await projectPageUrls(home))]
  const broken: string[] = []
  let checked = 0
  for (const pageUrl of pages) {
    const html = await (await request.get(pageUrl)).text()
    for (const link of localLinks(html, pageUrl)) {
      checked++
      const response = await request.get(link, { maxRedirects: 2 })
      if (!response.ok()) broken.push(`${pageUrl} → ${link} (${response.status()})`)
    }
  }
  expect(broken).toEqual([])
  expect(checked).toBeGreaterThan(pages.length * 3)
})

test('a missing nested path under a path gateway shows the 404 page, which leads back to the map', async ({
  page,
}) => {
  const home = `${gateway.url}/ipfs/${cid}/`
  const response = await page.goto(`${home}projects/no-such-project/deeper/`)
  expect(response?.status()).toBe(404)
  await page.getByRole('link', { name: /back to the map/i }).click()
  await expect(page).toHaveURL(home)
  await expect(page.locator('svg a[href*="projects/"]')).toHaveCount(projectCount)
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the plain list reaches every project', async ({ page }) => {
    const home = `${gateway.url}/ipfs/${cid}/`
    await page.goto(home)
    const listed = page.locator('main li a[href*="projects/"]')
    await expect(listed).toHaveCount(projectCount)
    await listed.filter({ hasText: 'Aave' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aave')
  })
})

async function projectPageUrls(home: string): Promise<string[]> {
  const slugs = (await readdir('registry/projects')).map((name) => name.replace(/\.yaml$/, ''))
  return slugs.map((slug) => `${home}projects/${slug}/`)
}

/** Same-origin URLs referenced by href/src attributes, resolved against the page URL. */
function localLinks(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin
  const urls = new Set<string>()
  for (const match of html.matchAll(/\s(?:href|src)="([^"#]+)[^"]*"/g)) {
    const url = new URL((match[1] ?? '').replaceAll('&amp;', '&'), pageUrl)
    if (url.origin === origin) urls.add(url.href)
  }
  return [...urls].sort()
}
