import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG 2.1 A and AA rules: what the site promises. Without tags axe also runs its best practices. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Runs axe-core on the page as it is now and lists each violation on one line: the label, the rule, its
 * impact and up to three elements. axe runs in the page itself ("legacy mode") rather than opening a blank
 * page per check to merge the results of frames: that halves each check, and the site's pages hold no
 * frame, which this checks first.
 *
 * @param page - The page to check, loaded.
 * @param options - A label for each line (the page's path, say) and the rule tags to run.
 * @returns One line per violation; empty when axe finds none.
 * @throws When the page holds a frame, whose results this way of running axe would miss.
 * @example expect(await axeViolations(page, { label: '/stats/' })).toEqual([])
 */
export async function axeViolations(
  page: Page,
  { label = '', tags }: { label?: string; tags?: string[] } = {},
): Promise<string[]> {
  if (page.frames().length > 1)
    throw new Error(`${page.url()} holds a frame: check it with AxeBuilder without legacy mode`)
  let builder = new AxeBuilder({ page }).setLegacyMode(true)
  if (tags) builder = builder.withTags(tags)
  const { violations } = await builder.analyze()
  const prefix = label ? `${label}: ` : ''
  return violations.map(
    (violation) =>
      `${prefix}${violation.id} (${violation.impact}) ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}
