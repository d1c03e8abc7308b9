/** The built site the browser tests serve: dist/ (from `npm run build`), or ATLAS_DIST to test another build. */
export const DIST = process.env.ATLAS_DIST ?? 'dist'
