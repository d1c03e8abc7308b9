import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'

/**
 * Clicks the button with this accessible name and returns the file it downloads: its suggested name and
 * its bytes.
 * @example const { name, bytes } = await downloadFrom(page, 'Download SVG')
 */
export async function downloadFrom(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') }
}
