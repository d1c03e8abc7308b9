import { expect, type Page, test } from '@playwright/test'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'
import { decodeGraphPayload, type GraphPayload, type GraphWire } from '../site/lib/graph/graphPayload.ts'
import { type Direction, neighbourInDirection } from '../site/lib/graph/neighbourInDirection.ts'
import { axeViolations } from './axe.ts'
import { DIST } from './distDir.ts'
import { downloadFrom } from './download.ts'
import { blockForeignRequests } from './foreignRequests.ts'

// The graph page of the built site (dist/, made by `npm run build` before this suite), served at `/`:
// both renderers (SVG by default, canvas with `#renderer=canvas`), pointer and keyboard, the hash state,
// the exports, accessibility in both languages and themes, and the page without JavaScript.
let server: Awaited<ReturnType<typeof startStaticServer>>
let foreign: string[]

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, port: 0 })
})
test.afterAll(async () => {
  await server?.close()
})
test.beforeEach(async ({ page }) => {
  foreign = await blockForeignRequests(page, new URL(server.url).origin)
})
test.afterEach(() => {
  expect(foreign, 'no request leaves the origin').toEqual([])
})

const graphUrl = (hash = '', lang = '') => `${server.url}/${lang}graph/${hash}`

async function openGraph(page: Page, hash = ''): Promise<GraphPayload> {
  await page.goto(graphUrl(hash))
  await expect(page.locator('atlas-graph[data-drawn="true"]')).toBeAttached()
  return decodeGraphPayload(
    JSON.parse((await page.locator('script.graph-data').textContent()) ?? '{}') as GraphWire,
  )
}

/** What the details panel should list for a node, computed from the page's own data. */
function relationsOf(payload: GraphPayload, id: string) {
  const index = payload.nodes.findIndex((node) => node.id === id)
  const name = (i: number) => payload.nodes[i]?.name ?? ''
  const verb = (type: number) => payload.verbs[payload.types[type] ?? 'built-on']
  return {
    outgoing: payload.links
      .filter(([s]) => s === index)
      .map(([, t, type]) => `${name(index)} ${verb(type)} ${name(t)}`),
    incoming: payload.links
      .filter(([, t]) => t === index)
      .map(([s, , type]) => `${name(s)} ${verb(type)} ${name(index)}`),
  }
}

function expectedNext(payload: GraphPayload, id: string, direction: Direction): string | undefined {
  const index = payload.nodes.findIndex((node) => node.id === id)
  const from = payload.nodes[index]
  if (!from) return undefined
  const linked = new Set<string>()
  for (const [s, t] of payload.links) {
    if (s === index) linked.add(payload.nodes[t]?.id ?? '')
    if (t === index) linked.add(payload.nodes[s]?.id ?? '')
  }
  return neighbourInDirection(from, direction, payload.nodes, linked)
}

async function expectDetails(page: Page, payload: GraphPayload, id: string) {
  const panel = page.locator('.graph-details')
  const node = payload.nodes.find((entry) => entry.id === id)
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(node?.name ?? '')
  const { outgoing, incoming } = relationsOf(payload, id)
  await expect(panel.locator('.graph-details-out li')).toHaveText(outgoing.length > 0 ? outgoing : ['None'])
  await expect(panel.locator('.graph-details-in li')).toHaveText(incoming.length > 0 ? incoming : ['None'])
  await expect(panel.getByRole('link', { name: 'Open the project page' })).toHaveAttribute(
    'href',
    `../projects/${id}/`,
  )
}

test('the graph draws every project and relation, with a legend of both', async ({ page }) => {
  const payload = await openGraph(page)
  expect(payload.nodes).toHaveLength(await readProjectCount())
  await expect(page.locator('atlas-graph')).toHaveAttribute('data-renderer', 'svg')
  await expect(page.locator('svg.map a.node')).toHaveCount(payload.nodes.length)
  await expect(page.locator('svg.map line.link')).toHaveCount(payload.links.length)
  await expect(page.getByRole('group', { name: /graph of \d+ projects/i })).toBeVisible()
  await expect(page.locator('#legend-relations + ul li')).toContainText(['built on', 'fork of'])
  await expect(page.locator('.graph-table tbody tr')).toHaveCount(payload.links.length)
})

test('clicking a node opens its details with its typed relations both ways; Esc closes them', async ({
  page,
}) => {
  const payload = await openGraph(page)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.locator('a.node[data-id="uniswap"]').dispatchEvent('pointermove')
  await expect(page.locator('a.node[data-id="ethereum"]')).toHaveClass(/is-neighbour/)
  await expect(page.locator('line.link.is-active')).toHaveCount(
    relationsOf(payload, 'uniswap').outgoing.length + relationsOf(payload, 'uniswap').incoming.length,
  )
  await page.locator('a.node[data-id="uniswap"]').click()
  await expectDetails(page, payload, 'uniswap')
  const panel = page.locator('.graph-details')
  await expect(panel.locator('.graph-details-out')).toContainText('Uniswap built on Ethereum')
  await expect(panel.locator('.graph-details-in')).toContainText('SushiSwap fork of Uniswap')
  await expect(page).toHaveURL(/#focus=uniswap$/)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.locator('a.node[data-id="uniswap"]')).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
})

test('arrow keys walk to the related node in that direction; Enter opens it, Esc closes', async ({
  page,
}) => {
  const payload = await openGraph(page)
  await page.locator('a.node[data-id="uniswap"]').focus()
  let id = 'uniswap'
  for (const [key, direction] of [
    ['ArrowUp', 'up'],
    ['ArrowLeft', 'left'],
    ['ArrowDown', 'down'],
    ['ArrowRight', 'right'],
  ] as const) {
    const next = expectedNext(payload, id, direction) ?? id
    await page.keyboard.press(key)
    await expect(page.locator(`a.node[data-id="${next}"]`)).toBeFocused()
    await expect(page.locator(`a.node[data-id="${next}"]`)).toHaveAttribute('tabindex', '0')
    id = next
  }
  expect(id).not.toBe('uniswap')
  await expect(page.locator('a.node[tabindex="0"]')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expectDetails(page, payload, id)
  await expect(page).toHaveURL(new RegExp(`#focus=${id}$`))
  await page.keyboard.press('Escape')
  await expect(page.locator('.graph-details')).toBeHidden()
  await expect(page.locator(`a.node[data-id="${id}"]`)).toBeFocused()
  await page.keyboard.press('/')
  await expect(page.getByLabel('Search the graph')).toBeFocused()
})

test('focus= and a search live in the hash and survive a reload', async ({ page }) => {
  const payload = await openGraph(page, '#focus=aave')
  await expectDetails(page, payload, 'aave')
  await expect(page.locator('a.node[data-id="aave"]')).toHaveClass(/is-selected/)
  await page.getByLabel('Search the graph').fill('swap')
  await expect(page).toHaveURL(/#q=swap&focus=aave$/)
  const matching = payload.projects.filter((project) =>
    /swap/i.test(`${project.name} ${project.slug} ${project.tags.join(' ')}`),
  )
  await expect(page.locator('a.node:not(.is-dimmed)')).toHaveCount(matching.length)
  await expect(page.locator('.graph-matches')).toHaveText(
    `${matching.length} of ${payload.nodes.length} projects match`,
  )
  await page.reload()
  await expect(page.locator('atlas-graph[data-drawn="true"]')).toBeAttached()
  await expect(page.getByLabel('Search the graph')).toHaveValue('swap')
  await expect(page.locator('a.node:not(.is-dimmed)')).toHaveCount(matching.length)
  await expectDetails(page, payload, 'aave')
})

test('the canvas renderer has the same pointer and keyboard interactions', async ({ page }) => {
  const payload = await openGraph(page, '#renderer=canvas')
  await expect(page.locator('atlas-graph')).toHaveAttribute('data-renderer', 'canvas')
  await expect(page.locator('svg.map')).toBeHidden()
  const canvas = page.locator('canvas.map-canvas')
  await expect(canvas).toBeVisible()
  // Where the canvas draws a node before any zoom: the whole map fitted and centred.
  const box = (await canvas.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }
  const fit = Math.min(box.width / payload.width, box.height / payload.height)
  const at = (id: string) => {
    const node = payload.nodes.find((entry) => entry.id === id) ?? { x: 0, y: 0 }
    return {
      x: (box.width - payload.width * fit) / 2 + fit * node.x,
      y: (box.height - payload.height * fit) / 2 + fit * node.y,
    }
  }
  await canvas.click({ position: at('uniswap') })
  await expectDetails(page, payload, 'uniswap')
  await expect(page).toHaveURL(/#focus=uniswap&renderer=canvas$/)
  await page.keyboard.press('Escape')
  await expect(page.locator('.graph-details')).toBeHidden()

  const proxy = page.locator('.focus-proxy')
  await expect(proxy).toBeFocused()
  await expect(proxy).toHaveText('Uniswap')
  const next = expectedNext(payload, 'uniswap', 'right') ?? 'uniswap'
  await page.keyboard.press('ArrowRight')
  await expect(proxy).toHaveText(payload.nodes.find((node) => node.id === next)?.name ?? '')
  await page.keyboard.press('Enter')
  await expectDetails(page, payload, next)
  await page.keyboard.press('Escape')
  await expect(page.locator('.graph-details')).toBeHidden()
  await expect(proxy).toBeFocused()
})

for (const hash of ['', '#renderer=canvas']) {
  test(`the export buttons download an SVG and a PNG (${hash || 'svg renderer'})`, async ({ page }) => {
    await openGraph(page, hash)
    const svgDownload = await downloadFrom(page, 'Download SVG')
    expect(svgDownload.name).toBe('web3-atlas-graph.svg')
    const svg = svgDownload.bytes.toString('utf8')
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('Uniswap')
    expect(svg).not.toContain('var(--')
    const pngDownload = await downloadFrom(page, 'Download PNG')
    expect(pngDownload.name).toBe('web3-atlas-graph.png')
    const png = pngDownload.bytes
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.length).toBeGreaterThan(10_000)
  })
}

for (const [lang, label] of [
  ['', 'English'],
  ['fr/', 'French'],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on the ${label} graph page (${colorScheme})`, async ({ page }) => {
      // axe checks the contrast of every name on the graph and every link of the table: a large page.
      test.setTimeout(180_000)
      await page.emulateMedia({ colorScheme })
      await page.goto(graphUrl('#focus=uniswap', lang))
      await expect(page.locator('atlas-graph[data-drawn="true"]')).toBeAttached()
      await expect(page.locator('.graph-details')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
}

test('the page fits a 360px wide screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openGraph(page, '#focus=uniswap')
  await expect(page.locator('.graph-details')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('every project is a link on the graph and the relations table links both ends', async ({ page }) => {
    await page.goto(graphUrl('', 'fr/'))
    const count = await readProjectCount()
    await expect(page.locator('svg.map a.node')).toHaveCount(count)
    await expect(page.locator('.graph-toolbar')).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Les relations sous forme de tableau' })).toBeVisible()
    const row = page
      .locator('.graph-table tbody tr')
      .filter({ hasText: /^\s*Uniswap\s*construit sur\s*Ethereum\s*$/ })
    await expect(row.getByRole('link', { name: 'Ethereum' })).toHaveAttribute('href', '../projects/ethereum/')
    await page.locator('svg.map a.node[data-id="aave"]').click()
    await expect(page).toHaveURL(/\/fr\/projects\/aave\/$/)
  })
})

async function readProjectCount(): Promise<number> {
  const { readdir } = await import('node:fs/promises')
  return (await readdir('registry/projects')).filter((name) => name.endsWith('.yaml')).length
}
