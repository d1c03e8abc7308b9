import type { Atlas } from './atlas.ts'
import type { SearchableProject } from './viewState.ts'

/**
 * What search and filters look at for every project, sorted by slug, to embed in the page as JSON.
 * Control types come from the on-chain control facts of the project's contracts in the snapshots
 * (`none`: no owner and no upgrade admin); a front end is on IPFS when the project's ENS name has an
 * `ipfs` or `ipns` contenthash in any snapshot.
 * @param atlas - the atlas every page reads
 * @returns one entry per project
 * @example searchableProjects(atlas).find((p) => p.slug === 'uniswap')?.hasToken // true
 */
export function searchableProjects(atlas: Pick<Atlas, 'projects' | 'snapshots'>): SearchableProject[] {
  const snapshots = Object.keys(atlas.snapshots)
    .sort()
    .map((chain) => atlas.snapshots[chain])
    .filter((snapshot) => snapshot !== undefined)
  return atlas.projects.map(({ project, contracts, tokens }) => {
    const ens = project.ens as string | undefined
    const controlTypes = [
      ...new Set(
        contracts.flatMap((contract) => (contract.facts?.control ? [contract.facts.control.kind] : [])),
      ),
    ].sort()
    const ipfsFrontEnd =
      ens !== undefined &&
      snapshots.some((snapshot) => {
        const codec = snapshot.ens?.[ens]?.contenthash?.codec
        return codec === 'ipfs' || codec === 'ipns'
      })
    return {
      slug: project.slug,
      name: project.name,
      category: project.category,
      tags: [...project.tags],
      chains: [...project.chains],
      status: project.status,
      addresses: [...contracts.map((c) => c.address), ...tokens.map((t) => t.address)],
      ...(ens ? { ens } : {}),
      hasToken: tokens.length > 0,
      ipfsFrontEnd,
      controlTypes,
    }
  })
}
