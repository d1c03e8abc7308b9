/**
 * Whether a location hash holds view state (`#q=uni&cat=dex`) rather than an anchor to an element
 * (`#cat-dex`, `#main`). View state always has a `key=value` pair; an empty hash is the empty view.
 * Anchors must not reset the filters, and the landscape must not overwrite them with its state.
 * @example isViewStateHash('#cat=dex') // true
 * @example isViewStateHash('#cat-dex') // false
 */
export function isViewStateHash(hash: string): boolean {
  const text = hash.replace(/^#/, '')
  return text === '' || text.includes('=')
}
