import { defineConfig } from '@playwright/test'
import { findChromium } from './scripts/chromium/findChromium.ts'

const chromium = findChromium()

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // One spec file per worker: each starts its own servers on port 0; two workers use both cores here.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/e2e-junit.xml' }]] : 'list',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    launchOptions: chromium ? { executablePath: chromium.executablePath, args: [...chromium.args] } : {},
    trace: 'off',
  },
})
