import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { getAddress } from 'ethers'
import fc from 'fast-check'
import { startStaticServer } from '../scripts/serve/startStaticServer.ts'

// Contributors write free text (names, descriptions, labels) and logos. Whatever it holds, the built site
// must show it literally and never run it. This suite generates hostile entries with fast-check (a fixed
// seed, so a failure reproduces), builds a real site from them with Astro, and opens every page in
// Chromium, watching for dialogs, a flag the payloads try to set, and CSP violations.

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1; alert(1)">',
  '"><svg onload=alert(1)>',
  '\'><iframe srcdoc="<script>parent.__pwned = 1</script>">',
  '</title><script>alert(document.domain)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '$'.concat('{alert(1)}'), // a template literal payload, written so it is not one here
  '<style>*{display:none}</style>',
  '&lt;b&gt;escaped&lt;/b&gt; &amp; <b>bold</b>',
  '--><script>alert(1)</script><!--',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
]

const hostileText = (max: number) =>
  fc
    .tuple(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(...PAYLOADS),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    )
    .map((parts) =>
      parts
        .join(' ')
        // The schema refuses control characters and trims: keep the generated text inside what it accepts.
        .split('')
        .map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char))
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max)
        .trim(),
    )
    .filter((text) => text.length > 0)

const entries = fc.sample(
  fc.record({ name: hostileText(60), description: hostileText(400), label: hostileText(80) }),
  {
    seed: 20261126,
    numRuns: 8,
  },
)

const HOSTILE_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="parent.__pwned = 1"><script>parent.__pwned = 1</script><rect width="10" height="10"/></svg>'

let root: string
let server: Awaited<ReturnType<typeof startStaticServer>>

test.beforeAll(async () => {
  test.setTimeout(180_000)
  root = await mkdtemp(join(tmpdir(), 'atlas-hostile-'))
  await mkdir(join(root, 'registry', 'projects'), { recursive: true })
  await mkdir(join(root, 'registry', 'logos'))
  for (const file of ['categories.yaml', 'chains.yaml'])
    await cp(join('registry', file), join(root, 'registry', file))
  await cp(join('registry', 'projects', 'ethereum.yaml'), join(root, 'registry', 'projects', 'ethereum.yaml'))
  await writeFile(join(root, 'registry', 'logos', 'hostile-0.svg'), HOSTILE_LOGO)
  for (const [i, entry] of entries.entries()) {
    // JSON strings are valid YAML flow scalars, so the text reaches the registry exactly as generated.
    const yaml = [
      `name: ${JSON.stringify(entry.name)}`,
      `description: ${JSON.stringify(entry.description)}`,
      'category: dex',
      `website: https://hostile-${i}.example.org`,
      i === 0 ? 'logo: hostile-0.svg' : '',
      'contracts:',
      `  - chain: ethereum`,
      `    address: '${getAddress(`0x${(i + 1).toString(16).padStart(40, '0')}`)}'`,
      `    label: ${JSON.stringify(entry.label)}`,
      '    role: other',
      `    source: https://hostile-${i}.example.org/contracts`,
      'tokens:',
      `  - chain: ethereum`,
      `    address: '${getAddress(`0x${(i + 101).toString(16).padStart(40, '0')}`)}'`,
      '    symbol: EVIL',
      '    decimals: 18',
      `    name: ${JSON.stringify(entry.label.slice(0, 40).trim() || 'x')}`,
      `    source: https://hostile-${i}.example.org/token`,
      'relations: [{ type: built-on, target: ethereum }]',
      `distinctFrom: [${entries
        .map((_, j) => `hostile-${j}`)
        .filter((slug) => slug !== `hostile-${i}`)
        .join(', ')}]`,
      `sources: [https://hostile-${i}.example.org]`,
    ]
    await writeFile(
      join(root, 'registry', 'projects', `hostile-${i}.yaml`),
      `${yaml.filter(Boolean).join('\n')}\n`,
    )
  }
  const dist = join(root, 'dist')
  const run = promisify(execFile)
  const env = { ...process.env, ATLAS_ROOT: root }
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env })
  await run(process.execPath, ['scripts/relativize.ts', dist], { env })
  server = await startStaticServer({ root: dist, port: 0 })
})

test.afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

test('hostile names, descriptions and labels show literally on every page and never run', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const dialogs: string[] = []
  const violations: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })

  const pages = ['', ...entries.map((_, i) => `projects/hostile-${i}/`), 'projects/ethereum/']
  for (const path of pages) {
    await page.goto(`${server.url}/${path}`)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined()
  }
  for (const [i, entry] of entries.entries()) {
    await page.goto(`${server.url}/projects/hostile-${i}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.name)
    await expect(page.locator('main')).toContainText(entry.description)
    await expect(page.locator('main')).toContainText(entry.label)
    // The payloads' markup never became elements.
    expect(await page.locator('main script, main iframe, main img[onerror], main style').count()).toBe(0)
  }
  await page.goto(`${server.url}/`)
  for (const entry of entries) await expect(page.locator('body')).toContainText(entry.name)

  expect(dialogs).toEqual([])
  expect(violations).toEqual([])
})

test('the open-data exports carry hostile text as data, and the hostile logo is served sanitized', async ({
  request,
}) => {
  const record = await (await request.get(`${server.url}/api/projects/hostile-1.json`)).json()
  expect(record.project.name).toBe(entries[1]?.name)
  expect(record.project.description).toBe(entries[1]?.description)
  const logo = await (await request.get(`${server.url}/logos/hostile-0.svg`)).text()
  expect(logo).toMatch(/<svg[^>]*viewBox="0 0 10 10"[^>]*><path /)
  expect(logo).not.toMatch(/<script|onload/i)
  const csv = await readFile(join(root, 'dist', 'api', 'projects.csv'), 'utf8')
  expect(csv.split('\r\n')[0]).toMatch(/^slug,name,/)
})
