import { findDuplicateSubjects } from './findDuplicateSubjects.ts'
import { type Bump, bumps, type Changeset, maxBump } from './parseChangeset.ts'
import { type ParsedCommitSubject, parseCommitSubject } from './parseCommitSubject.ts'
import type { JiraSettings } from './parseJiraSettings.ts'
import type { Commit } from './readCommits.ts'

/** A commit as the report lists it. */
export interface ReportCommit {
  sha: string
  shortSha: string
  /** The subject without its gitmoji (`feat(map): add chain filter MAP-123`), or the whole header. */
  subject: string
  /** Jira keys in the subject, each with its link when `JIRA_BASE_URL` is set. */
  jira: { key: string; url?: string | undefined }[]
}

/** The commits of one gitmoji. */
export interface ReportGroup {
  emoji: string
  code: string
  /** The official description, e.g. `Introduce new features.`. */
  description: string
  /** The release this gitmoji asks for (`gitmojis` package), `none` when it asks for none. */
  semver: Bump
  commits: ReportCommit[]
}

/** How the branch's commits and its changesets compare. */
export interface BumpComparison {
  /** What the commits suggest: the largest `semver` of their gitmojis (a conventional `!` is major). */
  commits: Bump
  /** The gitmojis that decided it, e.g. `['✨']`. */
  decidedBy: string[]
  /** What the branch's changesets ask for this package (largest wins). */
  changesets: Bump
  /** Readable changesets and the bump each asks for this package. */
  changesetFiles: { file: string; bump: Bump }[]
  /** Changesets that changesets itself would reject or ignore. */
  changesetProblems: { file: string; problem: string }[]
  verdict: 'agree' | 'missing' | 'lower' | 'higher'
  /** One sentence for people, e.g. `changesets agree`. */
  message: string
}

/** Everything the branch report shows, as plain data (the `--format json` output). */
export interface BranchReport {
  base: string
  head: string
  commitCount: number
  groups: ReportGroup[]
  withoutGitmoji: (ReportCommit & { problem: string; fix: string })[]
  duplicates: { subject: string; shortShas: string[] }[]
  jira: { key: string; url?: string | undefined }[]
  bump: BumpComparison
}

/** What {@link buildBranchReport} summarises. */
export interface BuildBranchReportParameters {
  /** The base as the user named it, e.g. `main`. */
  base: string
  /** The tip as the user named it, e.g. `HEAD`. */
  head: string
  /** The branch's commits (`base..head`), oldest first. */
  commits: readonly Commit[]
  /** The changesets the branch adds or edits. */
  changesets: readonly Changeset[]
  /** The package whose bump the changesets are read for (`name` in package.json). */
  packageName: string
  /** Jira site and project keys; keys are linked only when `baseUrl` is set. */
  jira?: JiraSettings | undefined
}

/**
 * Summarises a branch for its pull request: commits grouped by gitmoji with the official
 * descriptions, commits without one, repeated subjects, Jira issues, and the release bump the
 * commits suggest next to the one its changesets ask for.
 *
 * @param parameters The branch's commits and changesets, the package name and Jira settings.
 * @returns The report as plain data, ready for {@link renderBranchReport} or JSON.
 * @example
 * const report = buildBranchReport({ base: 'main', head: 'HEAD', commits, changesets, packageName: 'web3-atlas' })
 * report.bump.message // 'changesets say patch but commits suggest minor: add a changeset with `npm exec changeset`'
 */
export function buildBranchReport(parameters: BuildBranchReportParameters): BranchReport {
  const { commits, jira } = parameters
  const groups = new Map<string, ReportGroup>()
  const withoutGitmoji: BranchReport['withoutGitmoji'] = []
  let commitBump: Bump = 'none'
  const decidedBy = new Map<Bump, Set<string>>()
  for (const commit of commits) {
    const parsed = parseCommitSubject(commit.subject, { jira })
    const jiraLinks = (parsed.ok ? parsed.jiraKeys : []).map((key) => ({ key, url: issueUrl(jira, key) }))
    if (!parsed.ok) {
      const [first] = parsed.problems
      withoutGitmoji.push({
        ...reportCommit(commit, commit.subject, jiraLinks),
        problem: first?.problem ?? '',
        fix: first?.fix ?? '',
      })
      continue
    }
    const { gitmoji } = parsed
    const semver: Bump = gitmoji.semver ?? 'none'
    const group = groups.get(gitmoji.code) ?? {
      emoji: gitmoji.emoji,
      code: gitmoji.code,
      description: gitmoji.description,
      semver,
      commits: [],
    }
    groups.set(gitmoji.code, group)
    group.commits.push(reportCommit(commit, displaySubject(parsed), jiraLinks))
    const bump = parsed.breaking ? 'major' : semver
    commitBump = maxBump(commitBump, bump)
    decidedBy.set(bump, (decidedBy.get(bump) ?? new Set()).add(gitmoji.emoji))
  }
  const allJira = new Map(
    [...groups.values(), { commits: withoutGitmoji }].flatMap((group) =>
      group.commits.flatMap((commit) => commit.jira.map((link) => [link.key, link] as const)),
    ),
  )
  return {
    base: parameters.base,
    head: parameters.head,
    commitCount: commits.length,
    groups: [...groups.values()].sort(
      (a, b) => bumps.indexOf(b.semver) - bumps.indexOf(a.semver) || b.commits.length - a.commits.length,
    ),
    withoutGitmoji,
    duplicates: findDuplicateSubjects(commits).map(({ subject, commits: repeated }) => ({
      subject,
      shortShas: repeated.map((commit) => commit.shortSha),
    })),
    jira: [...allJira.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })),
    bump: compareBumps(
      commitBump,
      commitBump === 'none' ? [] : [...(decidedBy.get(commitBump) ?? [])],
      parameters,
    ),
  }
}

function reportCommit(commit: Commit, subject: string, jira: ReportCommit['jira']): ReportCommit {
  return { sha: commit.sha, shortSha: commit.shortSha, subject, jira }
}

function issueUrl(jira: JiraSettings | undefined, key: string): string | undefined {
  return jira?.baseUrl ? `${jira.baseUrl}/browse/${key}` : undefined
}

function displaySubject(parsed: ParsedCommitSubject): string {
  if (parsed.origin === 'git') return parsed.subject
  const type = parsed.type
    ? `${parsed.type}${parsed.scope ? `(${parsed.scope})` : ''}${parsed.breaking ? '!' : ''}:`
    : ''
  return [parsed.autosquash ? `${parsed.autosquash}!` : '', type, parsed.subject].filter(Boolean).join(' ')
}

function compareBumps(
  commits: Bump,
  decidedBy: string[],
  { changesets, packageName }: BuildBranchReportParameters,
): BumpComparison {
  const changesetFiles: BumpComparison['changesetFiles'] = []
  const changesetProblems: BumpComparison['changesetProblems'] = []
  for (const changeset of changesets) {
    if (!changeset.ok) {
      changesetProblems.push({ file: changeset.file, problem: changeset.problem })
      continue
    }
    const names = Object.keys(changeset.releases)
    const bump = changeset.releases[packageName]
    if (bump) changesetFiles.push({ file: changeset.file, bump })
    else if (names.length === 0) changesetFiles.push({ file: changeset.file, bump: 'none' })
    else {
      changesetProblems.push({
        file: changeset.file,
        problem: `names ${names.map((name) => `"${name}"`).join(', ')} but not "${packageName}"`,
      })
    }
  }
  const declared = changesetFiles.reduce<Bump>((bump, file) => maxBump(bump, file.bump), 'none')
  const order = bumps.indexOf(declared) - bumps.indexOf(commits)
  const add = 'add a changeset with `npm exec changeset`'
  const [said, suggested] = [bumpWords(declared), bumpWords(commits)]
  const [verdict, message]: [BumpComparison['verdict'], string] =
    order === 0
      ? ['agree', 'changesets agree']
      : order > 0
        ? [
            'higher',
            `changesets say ${said} but commits suggest ${suggested}: fine if the change is bigger than its gitmojis say`,
          ]
        : changesetFiles.length === 0
          ? ['missing', `no changeset on this branch but commits suggest ${suggested}: ${add}`]
          : ['lower', `changesets say ${said} but commits suggest ${suggested}: ${add}`]
  return { commits, decidedBy, changesets: declared, changesetFiles, changesetProblems, verdict, message }
}

/**
 * How a bump reads in a sentence: `minor`, or `no release` for `none`.
 *
 * @param bump The bump.
 * @returns The words.
 * @example
 * bumpWords('none') // 'no release'
 */
export function bumpWords(bump: Bump): string {
  return bump === 'none' ? 'no release' : bump
}
