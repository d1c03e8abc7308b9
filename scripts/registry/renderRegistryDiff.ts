import type { ChangedEntry, EntryRef, FieldChange, RegistryDiff, SectionDiff } from './diffRegistries.ts'
import { isEmptyRegistryDiff } from './diffRegistries.ts'

/**
 * Renders a registry diff as GitHub-flavoured Markdown for a pull request's job summary. Every value
 * comes from contributors' files, so all of it is escaped: it shows as written, with no HTML, links,
 * formatting or @mentions.
 *
 * @param diff What `diffRegistries` returned.
 * @param base The base the change is compared with, e.g. `origin/main`; shown in the heading.
 * @returns The Markdown, ending with a newline; "No registry change." when there is none.
 * @example
 * await appendFile(process.env.GITHUB_STEP_SUMMARY, renderRegistryDiff(diff, 'origin/main'))
 */
export function renderRegistryDiff(diff: RegistryDiff, base: string): string {
  const lines = [`## Registry changes against ${code(base)}`]
  if (isEmptyRegistryDiff(diff)) lines.push('', 'No registry change.')
  section(lines, 'Projects', diff.projects)
  section(lines, 'Categories', diff.categories)
  section(lines, 'Chains', diff.chains)
  return `${lines.join('\n')}\n`
}

function section(lines: string[], title: string, diff: SectionDiff): void {
  if (diff.added.length > 0) lines.push('', `### ${title} added`, '', ...diff.added.map(entryLine))
  if (diff.removed.length > 0) lines.push('', `### ${title} removed`, '', ...diff.removed.map(entryLine))
  if (diff.changed.length > 0) {
    lines.push('', `### ${title} changed`)
    for (const entry of diff.changed) lines.push('', `#### ${entryTitle(entry)}`, '', ...changeLines(entry))
  }
}

function entryLine(entry: EntryRef): string {
  return `- ${entryTitle(entry)}`
}

function entryTitle(entry: EntryRef): string {
  return `${code(entry.id)} ${escapeText(entry.name)}`
}

function changeLines(entry: ChangedEntry): string[] {
  return entry.changes.map((change) => `- **${change.field}**: ${changeText(change)}`)
}

function changeText(change: FieldChange): string {
  if (change.kind === 'value') return `${valueText(change.before)} → ${valueText(change.after)}`
  // U+2212 minus, and never a leading `+`/`-`, which Markdown would read as a list item.
  return [
    ...change.added.map((item) => `+ ${escapeText(item)}`),
    ...change.removed.map((item) => `− ${escapeText(item)}`),
  ].join(' · ')
}

function valueText(value: string | undefined): string {
  return value === undefined ? '_(none)_' : escapeText(value)
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return fence === '``' ? `\`\` ${text} \`\`` : `\`${text}\``
}

/**
 * Escapes contributor text so it renders as itself on one line: no HTML, no Markdown syntax, no
 * @mention (which would notify someone on every push), newlines folded to spaces.
 */
function escapeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
    .replace(/@(?=[\w-])/g, '@\u200B')
}
