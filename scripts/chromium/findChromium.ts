import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Where Debian's `chromium` package installs the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** Flags Debian's Chromium needs here: running as root, no GPU, no calls home on a closed network. */
export const DEBIAN_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
] as const

export interface ChromiumChoice {
  /** Absolute path of the browser binary. */
  executablePath: string
  /** `playwright` for Playwright's own build, `debian` for the system package. */
  kind: 'playwright' | 'debian'
  args: readonly string[]
}

/**
 * Picks the browser for browser tests: Playwright's own Chromium where it was installed (`npx playwright
 * install` works on machines with internet), else Debian's. `exists` is injectable for tests.
 * @returns The choice, or undefined when neither is installed.
 */
export function findChromium(exists: (path: string) => boolean = existsSync): ChromiumChoice | undefined {
  let bundled: string | undefined
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = undefined
  }
  if (bundled && exists(bundled)) return { executablePath: bundled, kind: 'playwright', args: [] }
  if (exists(DEBIAN_CHROMIUM))
    return { executablePath: DEBIAN_CHROMIUM, kind: 'debian', args: DEBIAN_CHROMIUM_ARGS }
  return undefined
}
