import { chromium } from '@playwright/test'
import { findChromium } from '../../chromium/findChromium.ts'
import { startStaticServer } from '../../serve/startStaticServer.ts'
import { type FrameStats, frameStats } from './percentile.ts'

/** How the map page behaves in headless Chromium. */
export interface BrowserMeasures {
  /** Navigation start → the first moment an element has `data-drawn="true"`; undefined if none ever did. */
  drawnMs: number | undefined
  /** Navigation start → end of the load event. */
  loadMs: number
  /** Frame times while dragging and Ctrl + wheel zooming the map for about two seconds. */
  frames: FrameStats | undefined
  /** `JSHeapUsedSize` from the DevTools protocol after the interaction, in bytes. */
  heapBytes: number
}

export interface MeasureBrowserOptions {
  /** The built site's folder. */
  dist: string
  /** The map page, relative to the site root, e.g. `graph/index.html`. */
  page: string
  /** How long to wait for `[data-drawn="true"]`, in ms. */
  drawnTimeoutMs?: number
}

interface BenchState {
  drawnAt?: number
  collecting: boolean
  frames: number[]
}

/**
 * Opens the map page of a built site in headless Chromium (served by the project's static server on a free
 * 127.0.0.1 port, with the browser and flags `playwright.config.ts` uses) and measures when the map is
 * drawn, frame times while panning and zooming, and the JS heap. An init script, which the page's CSP
 * does not govern, records the moment `[data-drawn="true"]` appears and every animation frame's time.
 *
 * @param options The folder, the page and the drawn timeout.
 * @returns The browser measures.
 * @throws when no Chromium is installed, or the page does not load.
 * @example const { drawnMs } = await measureBrowser({ dist: 'dist', page: 'index.html' })
 */
export async function measureBrowser(options: MeasureBrowserOptions): Promise<BrowserMeasures> {
  const choice = findChromium()
  if (!choice) throw new Error('No Chromium found: run `node scripts/ensure-chromium.ts` first.')
  const server = await startStaticServer({ root: options.dist, port: 0 })
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: [...choice.args] })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const state: BenchState = { collecting: false, frames: [] }
      ;(window as unknown as { __bench: BenchState }).__bench = state
      const check = () => {
        if (state.drawnAt === undefined && document.querySelector('[data-drawn="true"]'))
          state.drawnAt = performance.now()
      }
      new MutationObserver(check).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-drawn'],
      })
      const tick = (time: number) => {
        if (state.collecting) state.frames.push(time)
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    await page.goto(new URL(options.page.replace(/index\.html$/, ''), server.url).href, {
      waitUntil: 'load',
      timeout: 180_000,
    })
    const drawn = await page
      .waitForFunction(
        () => (window as unknown as { __bench: BenchState }).__bench.drawnAt !== undefined,
        null,
        {
          timeout: options.drawnTimeoutMs ?? 30_000,
        },
      )
      .then(() => true)
      .catch(() => false)
    const { drawnAt, loadMs } = await page.evaluate(() => ({
      drawnAt: (window as unknown as { __bench: BenchState }).__bench.drawnAt,
      loadMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }))

    const target = page.locator('[data-drawn="true"], svg.map, svg').first()
    await target.scrollIntoViewIfNeeded()
    const box = (await target.boundingBox()) ?? { x: 0, y: 0, width: 1280, height: 800 }
    const cx = Math.min(640, box.x + box.width / 2)
    const cy = Math.min(400, Math.max(100, box.y + box.height / 2))
    await page.evaluate(() => {
      ;(window as unknown as { __bench: BenchState }).__bench.collecting = true
    })
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    // Driven for about a second each, whatever the frame rate: at 10,000 nodes one frame can take seconds.
    let start = performance.now()
    for (let step = 1; step <= 60 && (step <= 3 || performance.now() - start < 1_000); step++) {
      const angle = (step / 60) * 2 * Math.PI
      await page.mouse.move(cx + 200 * Math.sin(angle), cy + 120 * Math.sin(2 * angle))
      await page.waitForTimeout(16)
    }
    await page.mouse.up()
    await page.keyboard.down('Control')
    start = performance.now()
    for (let step = 0; step < 30 && (step < 3 || performance.now() - start < 1_000); step++) {
      await page.mouse.wheel(0, step % 2 === 0 ? -120 : 120)
      await page.waitForTimeout(33)
    }
    await page.keyboard.up('Control')
    const timestamps = await page.evaluate(() => {
      const state = (window as unknown as { __bench: BenchState }).__bench
      state.collecting = false
      return state.frames
    })

    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return {
      drawnMs: drawn ? drawnAt : undefined,
      loadMs,
      frames: frameStats(timestamps),
      heapBytes: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0,
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
