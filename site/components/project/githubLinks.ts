/** The "edit" and "report" links of a project page: plain links, the page itself sends nothing. */
export interface GithubLinks {
  edit: string
  report: string
}

/**
 * Links to edit a project's registry file on GitHub and to open a prefilled issue about it.
 *
 * @param repository - The repository's web address (`buildInfo().repository`), e.g. "https://github.com/o/r".
 * @param slug - The project's slug: its file is `registry/projects/<slug>.yaml`.
 * @param issue - The issue's title and body, in the page's language.
 * @returns Both URLs, with the title and body URL-encoded.
 * @example
 * githubLinks('https://github.com/o/r', 'uniswap', { title: 'Problem with Uniswap', body: '…' }).edit
 * // 'https://github.com/o/r/edit/main/registry/projects/uniswap.yaml'
 */
export function githubLinks(
  repository: string,
  slug: string,
  issue: { title: string; body: string },
): GithubLinks {
  const base = repository.replace(/\/+$/, '')
  return {
    edit: `${base}/edit/main/registry/projects/${encodeURIComponent(slug)}.yaml`,
    report: `${base}/issues/new?title=${encodeURIComponent(issue.title)}&body=${encodeURIComponent(issue.body)}`,
  }
}
