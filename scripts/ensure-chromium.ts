#!/usr/bin/env node
/**
 * `node scripts/ensure-chromium.ts`: makes sure browser tests have a Chromium.
 *
 * Uses Playwright's own browser when installed, else Debian's `chromium`; when neither is there and we
 * run as root on a Debian-like system, installs the `chromium` package with apt-get (idempotent).
 * Reads/writes: nothing in the repo. Env: none.
 * Exit codes: 0 a browser is available, 1 none could be found or installed (the message says what to do).
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './chromium/findChromium.ts'

let choice = findChromium()
if (!choice && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get)…')
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
  choice = findChromium()
}
if (choice) {
  console.log(
    `Browser tests use ${choice.kind === 'debian' ? 'Debian’s' : 'Playwright’s'} Chromium: ${choice.executablePath}`,
  )
} else {
  console.error(
    'No Chromium for the browser tests. Run `npx playwright install chromium` (needs internet) or, on Debian/Ubuntu, `sudo apt-get install chromium`.',
  )
  process.exitCode = 1
}
