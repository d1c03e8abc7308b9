// A Jira issue key is the project key (a letter, then letters, digits or `_`) and a number.
const jiraKey = /(?<![\w-])([A-Z][A-Z0-9_]+)-([1-9]\d*)(?![\w-])/g

// Standards and identifiers that look exactly like issue keys and are common in this repository's
// subjects ("ERC-20 tokens", "IPIP-499 profile"). Linking them to Jira would be noise.
const notJiraProjects = new Set([
  'BIP',
  'CAIP',
  'CVE',
  'EIP',
  'ENSIP',
  'ERC',
  'GHSA',
  'HTTP',
  'IPIP',
  'ISO',
  'RFC',
  'SHA',
  'SLIP',
  'TLS',
  'UTF',
])

/** Which project keys count as Jira issues. */
export interface FindJiraKeysOptions {
  /** Only these project keys (e.g. `['MAP', 'OPS']`); by default any key but well-known standards. */
  projects?: readonly string[] | undefined
}

/**
 * Lists the Jira issue keys (`MAP-123`) a text mentions, in order, each once.
 *
 * @param text A commit subject or message.
 * @param options Which project keys count.
 * @returns The keys, e.g. `['MAP-123']`.
 * @example
 * findJiraKeys('✨ add chain filter MAP-123 for ERC-20 tokens') // ['MAP-123']
 */
export function findJiraKeys(text: string, options: FindJiraKeysOptions = {}): string[] {
  const projects = options.projects ? new Set(options.projects) : undefined
  const keys = new Set<string>()
  for (const [key, project] of text.matchAll(jiraKey)) {
    if (!project) continue
    if (projects ? projects.has(project) : !notJiraProjects.has(project)) keys.add(key)
  }
  return [...keys]
}

/**
 * Splits a text around its Jira keys, so a renderer can escape the text and link the keys.
 *
 * @param text A commit subject.
 * @param options Which project keys count (see {@link findJiraKeys}).
 * @returns Alternating pieces; `key` is set on the pieces that are issue keys.
 * @example
 * splitOnJiraKeys('fix MAP-1 now') // [{ text: 'fix ' }, { text: 'MAP-1', key: 'MAP-1' }, { text: ' now' }]
 */
export function splitOnJiraKeys(
  text: string,
  options: FindJiraKeysOptions = {},
): { text: string; key?: string }[] {
  const keys = new Set(findJiraKeys(text, options))
  const pieces: { text: string; key?: string }[] = []
  let last = 0
  for (const match of text.matchAll(jiraKey)) {
    if (!keys.has(match[0])) continue
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) })
    pieces.push({ text: match[0], key: match[0] })
    last = match.index + match[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last) })
  return pieces
}
