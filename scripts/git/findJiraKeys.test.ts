import { describe, expect, it } from 'vitest'
import { findJiraKeys, splitOnJiraKeys } from './findJiraKeys.ts'

describe(findJiraKeys.name, () => {
  it('finds issue keys once each, in order, but not standards or lookalikes', () => {
    expect(
      findJiraKeys('MAP-123 and OPS_2-7, again MAP-123; ERC-20, EIP-1967, UTF-8, SHA-256, x-MAP-1, MAP-0'),
    ).toEqual(['MAP-123', 'OPS_2-7'])
  })

  it('keeps only the configured projects when given', () => {
    expect(findJiraKeys('ERC-20 MAP-1 OPS-2', { projects: ['ERC', 'OPS'] })).toEqual(['ERC-20', 'OPS-2'])
  })
})

describe(splitOnJiraKeys.name, () => {
  it('splits text around the keys', () => {
    expect(splitOnJiraKeys('fix MAP-1 for ERC-20')).toEqual([
      { text: 'fix ' },
      { text: 'MAP-1', key: 'MAP-1' },
      { text: ' for ERC-20' },
    ])
  })
})
