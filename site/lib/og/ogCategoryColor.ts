/**
 * The category colours of the dark theme (Base.astro's `.cat-<n>` under `prefers-color-scheme: dark`), as
 * the cards are dark: each reaches 4.5:1 against the card background #111418.
 */
export const OG_CATEGORY_COLORS = [
  '#60a5fa',
  '#a78bfa',
  '#f472b6',
  '#fb923c',
  '#4ade80',
  '#22d3ee',
  '#fbbf24',
  '#f87171',
  '#2dd4bf',
  '#a3e635',
  '#818cf8',
  '#a8a29e',
] as const

/**
 * A category's card colour by its position in registry order, wrapping after twelve like the site.
 *
 * @param index - The category's position in `registry/categories.yaml` (negative: unknown, first colour).
 * @returns A `#rrggbb` colour.
 * @example
 * ogCategoryColor(13) // '#a78bfa'
 */
export function ogCategoryColor(index: number): string {
  return OG_CATEGORY_COLORS[Math.max(0, index) % OG_CATEGORY_COLORS.length] ?? OG_CATEGORY_COLORS[0]
}
