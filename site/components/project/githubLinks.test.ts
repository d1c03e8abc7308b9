import { describe, expect, it } from 'vitest'
import { githubLinks } from './githubLinks.ts'

describe(githubLinks.name, () => {
  it('points at the registry file and prefills an issue, URL-encoded', () => {
    const links = githubLinks('https://github.com/web3-atlas/web3-atlas/', 'uniswap', {
      title: 'Problem with Uni & Swap?',
      body: 'Page: projects/uniswap/\n- [ ] A link',
    })
    expect(links.edit).toBe(
      'https://github.com/web3-atlas/web3-atlas/edit/main/registry/projects/uniswap.yaml',
    )
    const url = new URL(links.report)
    expect(url.pathname).toBe('/web3-atlas/web3-atlas/issues/new')
    expect(url.searchParams.get('title')).toBe('Problem with Uni & Swap?')
    expect(url.searchParams.get('body')).toBe('Page: projects/uniswap/\n- [ ] A link')
  })
})
