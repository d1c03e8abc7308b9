/**
 * Makes a built site work from any folder: rewrites every root-absolute URL (`/_astro/x.js`, `/projects/a/`)
 * in the HTML, CSS and JavaScript under the given folder into a path relative to the file holding it, so
 * the same files work at `/`, under an IPFS path gateway's `/ipfs/<cid>/` and at a subdomain gateway root.
 * Astro has no relative `base`, hence this step after `astro build`.
 *
 * Usage: node scripts/relativize.ts dist
 * Exits 1, listing each file and URL, when a root-absolute URL is left that it could not rewrite or when a
 * file references another origin in a way that would make the browser load from it.
 */
import { stat } from 'node:fs/promises'
import { relativizeDir } from './relativize/relativizeDir.ts'

const dir = process.argv[2]
if (!dir || process.argv.length > 3) {
  console.error('Usage: node scripts/relativize.ts <built-site-folder>')
  process.exit(2)
}
if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
  console.error(`relativize: ${dir} is not a folder. Run \`astro build\` first.`)
  process.exit(1)
}

const { changed, checked, problems } = await relativizeDir(dir)
if (problems.length > 0) {
  console.error(
    `relativize: ${problems.length} URL${problems.length === 1 ? '' : 's'} in ${dir} cannot stay:`,
  )
  for (const problem of problems) console.error(`  ${problem.file}: ${problem.url}  (${problem.reason})`)
  console.error(
    'Every URL must be relative (the site is served from /ipfs/<cid>/) and nothing may load from another origin.',
  )
  process.exit(1)
}
console.log(
  `relativize: ${changed.length} of ${checked.length} files in ${dir} rewritten; no root-absolute URL left.`,
)
