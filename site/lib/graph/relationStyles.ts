import type { RelationType } from '../../../indexer/model/schema.ts'

/** How one relation type is drawn: line colour, dash pattern (SVG `stroke-dasharray`, empty for solid), width. */
export interface RelationStyle {
  colour: string
  dash: string
  width: number
}

/**
 * The look of each relation type, in the order the legend lists them. Colours are mid-tones that stay
 * visible on the light and the dark background; the dash pattern tells types apart without colour.
 */
export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  'built-on': { colour: '#64748b', dash: '', width: 1.2 },
  integrates: { colour: '#3b82f6', dash: '6 3', width: 1.2 },
  'fork-of': { colour: '#a855f7', dash: '2 3', width: 1.4 },
  bridges: { colour: '#0d9488', dash: '10 3 2 3', width: 1.4 },
  'oracle-for': { colour: '#d97706', dash: '1 2', width: 1.6 },
  indexes: { colour: '#059669', dash: '4 2 1 2', width: 1.2 },
  governs: { colour: '#dc2626', dash: '', width: 2 },
  'audited-by': { colour: '#db2777', dash: '8 2 2 2 2 2', width: 1.2 },
}

/** Relation types in legend order. */
export const RELATION_ORDER = Object.keys(RELATION_STYLES) as RelationType[]

/**
 * Category colours by the category's position in the registry (wrapping after 12), the light theme of
 * `site/layouts/Base.astro`. Used where CSS variables do not reach: canvas drawing and exported files.
 */
export const CATEGORY_COLOURS = [
  '#2563eb',
  '#7c3aed',
  '#db2777',
  '#ea580c',
  '#16a34a',
  '#0891b2',
  '#b45309',
  '#dc2626',
  '#0d9488',
  '#4d7c0f',
  '#4338ca',
  '#57534e',
] as const

/** The colour of a category index. */
export const categoryColour = (index: number): string =>
  CATEGORY_COLOURS[((index % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length] ??
  '#57534e'
