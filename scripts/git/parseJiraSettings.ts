import { z } from 'zod'
import { BaseError } from '../../indexer/errors/BaseError.ts'

/** Jira settings of the git scripts, from the environment. */
export interface JiraSettings {
  /** Site root, e.g. `https://example.atlassian.net`; keys link to `<baseUrl>/browse/<KEY>`. */
  baseUrl?: string | undefined
  /** Project keys that count as Jira issues; any key but well-known standards when unset. */
  projects?: string[] | undefined
}

/** Thrown when `JIRA_BASE_URL` or `JIRA_PROJECT_KEYS` cannot be used. */
export class JiraSettingsInvalidError extends BaseError {
  override name = 'JiraSettingsInvalidError'
  constructor({ variable, value, expected }: { variable: string; value: string; expected: string }) {
    super(`${variable}=${JSON.stringify(value)} is not usable.`, {
      metaMessages: [`Set it to ${expected}, or unset it.`],
    })
  }
}

const baseUrlSchema = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''))
const projectsSchema = z
  .string()
  .transform((text) => text.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]+$/)).min(1))

/**
 * Reads `JIRA_BASE_URL` (where issue keys link to) and `JIRA_PROJECT_KEYS` (comma-separated
 * project keys, e.g. `MAP,OPS`) from an environment. Empty values count as unset.
 *
 * @param env The environment, e.g. `process.env`.
 * @returns The settings; fields are `undefined` when unset.
 * @throws {JiraSettingsInvalidError} when a value is set but malformed.
 * @example
 * parseJiraSettings({ JIRA_BASE_URL: 'https://example.atlassian.net/' })
 * // { baseUrl: 'https://example.atlassian.net', projects: undefined }
 */
export function parseJiraSettings(env: Record<string, string | undefined>): JiraSettings {
  const rawUrl = env.JIRA_BASE_URL?.trim()
  const rawProjects = env.JIRA_PROJECT_KEYS?.trim()
  const baseUrl = rawUrl ? baseUrlSchema.safeParse(rawUrl) : undefined
  if (rawUrl && !baseUrl?.success) {
    throw new JiraSettingsInvalidError({
      variable: 'JIRA_BASE_URL',
      value: rawUrl,
      expected: 'your Jira site, e.g. https://example.atlassian.net',
    })
  }
  const projects = rawProjects ? projectsSchema.safeParse(rawProjects) : undefined
  if (rawProjects && !projects?.success) {
    throw new JiraSettingsInvalidError({
      variable: 'JIRA_PROJECT_KEYS',
      value: rawProjects,
      expected: 'comma-separated upper-case project keys, e.g. MAP,OPS',
    })
  }
  return { baseUrl: baseUrl?.data, projects: projects?.data }
}
