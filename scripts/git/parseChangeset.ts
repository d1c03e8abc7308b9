import { parse } from 'yaml'
import { z } from 'zod'

/** A release bump, from none to major. */
export type Bump = 'none' | 'patch' | 'minor' | 'major'

/** Bumps ordered from least to most. */
export const bumps: readonly Bump[] = ['none', 'patch', 'minor', 'major']

/** One `.changeset/*.md` file: the bump it asks for each package, or why it cannot be read. */
export type Changeset =
  | { file: string; ok: true; releases: Record<string, Bump>; summary: string }
  | { file: string; ok: false; problem: string }

const frontMatter = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/
const releasesSchema = z.record(z.string(), z.enum(['major', 'minor', 'patch', 'none'])).nullable()

/**
 * Reads a changeset file's front matter (`"web3-atlas": minor`) and summary.
 *
 * @param file The path, for messages (e.g. `.changeset/brave-owls-sing.md`).
 * @param text The file's contents.
 * @returns The releases it asks for, or the problem that stops changesets from reading it.
 * @example
 * parseChangeset('.changeset/a.md', '---\n"web3-atlas": minor\n---\n\nAdd a chain filter.\n')
 * // { file: '.changeset/a.md', ok: true, releases: { 'web3-atlas': 'minor' }, summary: 'Add a chain filter.' }
 */
export function parseChangeset(file: string, text: string): Changeset {
  const match = frontMatter.exec(text)
  if (!match) {
    return {
      file,
      ok: false,
      problem: 'no front matter: start the file with `---`, the releases, then `---`',
    }
  }
  let data: unknown
  try {
    data = parse(match[1] ?? '')
  } catch (error) {
    return {
      file,
      ok: false,
      problem: `front matter is not YAML: ${(error as Error).message.split('\n')[0]}`,
    }
  }
  const releases = releasesSchema.safeParse(data)
  if (!releases.success) {
    return { file, ok: false, problem: 'front matter must map package names to major, minor, patch or none' }
  }
  return { file, ok: true, releases: releases.data ?? {}, summary: text.slice(match[0].length).trim() }
}

/**
 * The larger of two bumps.
 *
 * @param a One bump.
 * @param b Another.
 * @returns Whichever comes later in {@link bumps}.
 * @example
 * maxBump('patch', 'minor') // 'minor'
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return bumps.indexOf(a) >= bumps.indexOf(b) ? a : b
}
