import { type BranchReport, bumpWords, type ReportCommit } from './buildBranchReport.ts'

/** The hidden line a workflow looks for to update its one sticky PR comment instead of adding more. */
export const branchReportMarker = '<!-- branch-report -->'

/**
 * Renders a branch report as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` and a sticky
 * PR comment. Commit text is escaped (no HTML, no Markdown, no @mentions that would ping people on
 * every update); Jira keys become links when the report has their URLs.
 *
 * @param report What {@link buildBranchReport} returned.
 * @returns The Markdown, starting with {@link branchReportMarker} and ending with a newline.
 * @example
 * await appendFile(process.env.GITHUB_STEP_SUMMARY, renderBranchReport(report))
 */
export function renderBranchReport(report: BranchReport): string {
  const { bump } = report
  const lines = [
    branchReportMarker,
    `## Branch report: \`${report.base}..${report.head}\``,
    '',
    `${count(report.commitCount, 'commit')} · suggested bump **${bumpWords(bump.commits)}**${bump.decidedBy.length ? ` (${bump.decidedBy.join(' ')})` : ''} · ${bump.message}`,
  ]
  if (report.groups.length > 0) {
    lines.push('', '| Gitmoji | Meaning | Commits |', '| --- | --- | ---: |')
    for (const group of report.groups) {
      lines.push(
        `| ${group.emoji} \`${group.code}\` | ${escapeText(group.description)} | ${group.commits.length} |`,
      )
    }
    for (const group of report.groups) {
      lines.push('', `### ${group.emoji} ${escapeText(group.description)}`, '')
      for (const commit of group.commits) lines.push(`- ${commitLine(commit)}`)
    }
  }
  if (report.withoutGitmoji.length > 0) {
    lines.push('', '### Without a gitmoji', '')
    for (const commit of report.withoutGitmoji) {
      lines.push(`- ${commitLine(commit)} → ${escapeHint(commit.problem)} → ${escapeHint(commit.fix)}`)
    }
  }
  if (report.duplicates.length > 0) {
    lines.push('', '### Duplicate subjects', '')
    for (const duplicate of report.duplicates) {
      const shas = duplicate.shortShas.map((sha) => `\`${sha}\``).join(', ')
      lines.push(`- ${shas}: ${escapeText(duplicate.subject)} → squash them, or say what each one changes`)
    }
  }
  lines.push(
    '',
    '### Release',
    '',
    `- Commits suggest **${bumpWords(bump.commits)}**${bump.decidedBy.length ? ` (${bump.decidedBy.join(' ')})` : ''}.`,
  )
  lines.push(
    bump.changesetFiles.length > 0
      ? `- Changesets on this branch: ${bump.changesetFiles.map(({ file, bump: level }) => `${code(file)} (${level})`).join(', ')}.`
      : '- No changeset on this branch.',
  )
  for (const { file, problem } of bump.changesetProblems)
    lines.push(`- ${code(file)}: ${escapeText(problem)}.`)
  lines.push(`- ${escapeHint(capitalize(bump.message))}.`)
  if (report.jira.length > 0) {
    lines.push('', '### Jira', '', report.jira.map((link) => jiraLink(link.key, link.url)).join(' · '))
  }
  return `${lines.join('\n')}\n`
}

function commitLine(commit: ReportCommit): string {
  const urls = new Map(commit.jira.map((link) => [link.key, link.url]))
  if (urls.size === 0) return `\`${commit.shortSha}\` ${escapeText(commit.subject)}`
  // Jira keys are [A-Z0-9_-] only: safe inside a RegExp as they are.
  const keys = [...urls.keys()].join('|')
  const pieces = commit.subject.split(new RegExp(`(?<![\\w-])(${keys})(?![\\w-])`))
  // split() with one capture group alternates text, key, text, key…
  const text = pieces.map((piece, index) =>
    index % 2 === 1 ? jiraLink(piece, urls.get(piece)) : escapeText(piece),
  )
  return `\`${commit.shortSha}\` ${text.join('')}`
}

function jiraLink(key: string, url: string | undefined): string {
  return url ? `[${key}](${url})` : key
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${fence === '``' ? ` ${text} ` : text}${fence}`
}

/** Escapes text people wrote so it renders as itself: no Markdown, no HTML, no @mention. */
function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/@(?=[\w-])/g, '@\u200B')
}

/** Escapes a hint that uses `code spans` for commands and examples: code stays code, the rest is text. */
function escapeHint(text: string): string {
  const pieces = text.split('`')
  if (pieces.length % 2 === 0) return escapeText(text)
  return pieces.map((piece, index) => (index % 2 === 1 ? code(piece) : escapeText(piece))).join('')
}
