import type { Page } from '@playwright/test'

/**
 * Blocks every request the page makes to another origin and records it, so a test can assert the
 * built site never reaches a third party (DESIGN.md invariant 3). Data and blob URLs are allowed.
 */
export async function blockForeignRequests(page: Page, origin: string): Promise<string[]> {
  const attempted: string[] = []
  await page.context().route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).origin === origin) return route.continue()
    attempted.push(url)
    return route.abort('blockedbyclient')
  })
  return attempted
}
