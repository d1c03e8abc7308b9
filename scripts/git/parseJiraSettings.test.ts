import { describe, expect, it } from 'vitest'
import { JiraSettingsInvalidError, parseJiraSettings } from './parseJiraSettings.ts'

describe(parseJiraSettings.name, () => {
  it('reads the site and project keys, treating empty as unset', () => {
    expect(
      parseJiraSettings({ JIRA_BASE_URL: 'https://example.atlassian.net/', JIRA_PROJECT_KEYS: 'MAP, OPS' }),
    ).toEqual({
      baseUrl: 'https://example.atlassian.net',
      projects: ['MAP', 'OPS'],
    })
    expect(parseJiraSettings({ JIRA_BASE_URL: '' })).toEqual({ baseUrl: undefined, projects: undefined })
  })

  it('refuses values it cannot use, saying what to set', () => {
    expect(() => parseJiraSettings({ JIRA_BASE_URL: 'example.atlassian.net' })).toThrow(
      JiraSettingsInvalidError,
    )
    expect(() => parseJiraSettings({ JIRA_PROJECT_KEYS: 'map' })).toThrowErrorMatchingInlineSnapshot(`
      [JiraSettingsInvalidError: JIRA_PROJECT_KEYS="map" is not usable.

      Set it to comma-separated upper-case project keys, e.g. MAP,OPS, or unset it.]
    `)
  })
})
