import { join } from 'node:path'
import { LogoInvalidError } from './LogoInvalidError.ts'
import { monogramSvg } from './monogramSvg.ts'
import { type SanitizedSvg, sanitizeSvg } from './sanitizeSvg.ts'

/** What `loadLogos` needs from the outside world; `node:fs/promises` fits. */
export interface LoadLogosDeps {
  /** Absolute path of `registry/logos/`. */
  logosDir: string
  readFile: (path: string, encoding: 'utf8') => Promise<string>
  readdir: (path: string) => Promise<string[]>
}

/** The part of a project `loadLogos` reads. */
export interface LogoProject {
  slug: string
  name: string
  logo?: string | undefined
}

/** One thing wrong with a logo, in the registry's problem shape. */
export interface LogoProblem {
  /** The project that names the logo; null for a file no project uses. */
  slug: string | null
  /** `registry/logos/<file>`, relative to the repository root. */
  file: string
  severity: 'error' | 'warning'
  message: string
  fix: string
}

/** A project's logo, ready to inline. */
export interface LoadedLogo {
  svg: string
  /** `file` for a contributed SVG (sanitized), `monogram` for a drawn placeholder. */
  kind: 'file' | 'monogram'
}

export interface LoadLogosResult {
  /** Every project's logo by slug: a project whose logo file is unusable gets a monogram. */
  logos: Map<string, LoadedLogo>
  /** Sorted by file, then slug. */
  problems: LogoProblem[]
}

const isErrno = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === code

/**
 * Loads, sanitizes and checks every project's logo from `registry/logos/`, drawing a monogram for
 * projects without one (or whose file is unusable), and reports missing, invalid, changed-by-sanitizing
 * and unused logo files.
 *
 * @param deps - The logos folder and the file system calls to read it.
 * @param projects - Projects with their slug, name and optional `logo` file name.
 * @returns The logo for every project and the problems found.
 * @throws When the folder exists but cannot be listed, or a logo file exists but cannot be read for a
 * reason other than being absent (permissions, I/O): those are not the contributor's to fix.
 * @example
 * const { logos, problems } = await loadLogos({ logosDir, readFile, readdir }, projects)
 */
export async function loadLogos(
  deps: LoadLogosDeps,
  projects: readonly LogoProject[],
): Promise<LoadLogosResult> {
  const files = await deps.readdir(deps.logosDir).catch((error: unknown) => {
    if (isErrno(error, 'ENOENT')) return [] as string[]
    throw error
  })
  const present = new Set(files)
  const results = new Map<string, SanitizedSvg | LogoProblem>()
  const logos = new Map<string, LoadedLogo>()
  const problems: LogoProblem[] = []
  const used = new Set<string>()

  for (const project of projects) {
    const { slug, name, logo } = project
    if (logo === undefined) {
      logos.set(slug, { svg: monogramSvg(name, slug), kind: 'monogram' })
      continue
    }
    used.add(logo)
    const file = `registry/logos/${logo}`
    let result = results.get(logo)
    if (result === undefined) {
      result = await readLogo(deps, logo, file, present)
      results.set(logo, result)
    }
    if ('severity' in result) {
      problems.push({ ...result, slug })
      logos.set(slug, { svg: monogramSvg(name, slug), kind: 'monogram' })
      continue
    }
    if (result.removed.length > 0) {
      problems.push({
        slug,
        file,
        severity: 'warning',
        message: `sanitizing changed the logo; removed: ${result.removed.join('; ')}`,
        fix: 'remove the listed parts from the SVG',
      })
    }
    logos.set(slug, { svg: result.svg, kind: 'file' })
  }

  for (const file of [...present].sort()) {
    if (file.startsWith('.') || used.has(file)) continue
    problems.push({
      slug: null,
      file: `registry/logos/${file}`,
      severity: 'warning',
      message: 'no project uses this logo file',
      fix: `set \`logo: ${file}\` in the project it belongs to, or delete the file`,
    })
  }
  problems.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.slug ?? '').localeCompare(b.slug ?? ''),
  )
  return { logos, problems }
}

/** Reads and sanitizes one logo, turning the contributor's mistakes into a problem (slug filled in later). */
async function readLogo(
  deps: LoadLogosDeps,
  logo: string,
  file: string,
  present: ReadonlySet<string>,
): Promise<SanitizedSvg | LogoProblem> {
  const problem = (message: string, fix: string): LogoProblem => ({
    slug: null,
    file,
    severity: 'error',
    message,
    fix,
  })
  // The schema already restricts `logo`, but this edge may be called with unchecked data: no path tricks.
  if (logo.includes('/') || logo.includes('\\') || logo.startsWith('.')) {
    return problem(
      `"${logo}" is not a file name`,
      'name a file directly inside registry/logos/, e.g. "my-project.svg"',
    )
  }
  if (!present.has(logo)) {
    return problem('logo file does not exist', `add ${file}, or remove the \`logo\` field to use a monogram`)
  }
  let text: string
  try {
    text = await deps.readFile(join(deps.logosDir, logo), 'utf8')
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'EISDIR')) {
      return problem(
        'logo file does not exist',
        `add ${file}, or remove the \`logo\` field to use a monogram`,
      )
    }
    throw error
  }
  try {
    return sanitizeSvg(text)
  } catch (error) {
    if (error instanceof LogoInvalidError) {
      return problem(
        error.shortMessage,
        error.metaMessages.join(' ') || 'remove the listed parts from the SVG',
      )
    }
    throw error
  }
}
