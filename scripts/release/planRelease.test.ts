import { describe, expect, it } from 'vitest'
import { planRelease } from './planRelease.ts'

describe(planRelease.name, () => {
  it('opens the version PR while changesets are pending, even if the version is untagged', () => {
    expect(planRelease({ pendingChangesets: 2, version: '0.2.0', tags: [] })).toEqual({
      action: 'version-pr',
      pending: 2,
    })
  })

  it('releases a version that has no tag yet', () => {
    expect(planRelease({ pendingChangesets: 0, version: '0.2.0', tags: ['v0.1.0'] })).toEqual({
      action: 'release',
      version: '0.2.0',
      tag: 'v0.2.0',
    })
  })

  it('does nothing for a version already tagged, so re-running the workflow is harmless', () => {
    expect(planRelease({ pendingChangesets: 0, version: '0.2.0', tags: ['v0.1.0', 'v0.2.0'] }).action).toBe(
      'none',
    )
  })
})
