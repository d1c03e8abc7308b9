import type { ProjectView } from '../atlas.ts'
import type { SearchableProject } from '../viewState.ts'

/** The part of a snapshot this needs: ENS facts by name (contenthash tells an IPFS front end). */
export interface EnsSnapshots {
  [chain: string]: { ens?: Record<string, { contenthash?: unknown }> }
}

/**
 * Reduces each project to what search and filters look at, at build time: name, tags, chains, status,
 * contract and token addresses, ENS name, whether it has a token, and from the snapshots the control
 * types of its contracts and whether its ENS name points at a front end (a contenthash).
 *
 * @param projects - the atlas's project views
 * @param snapshots - the committed snapshots by chain
 * @returns one entry per project, in the order given
 * @example buildSearchableProjects(atlas.projects, atlas.snapshots)
 */
export function buildSearchableProjects(
  projects: readonly ProjectView[],
  snapshots: EnsSnapshots,
): SearchableProject[] {
  const contenthashNames = new Set<string>()
  for (const snapshot of Object.values(snapshots)) {
    for (const [name, facts] of Object.entries(snapshot.ens ?? {}))
      if (facts.contenthash) contenthashNames.add(name)
  }
  return projects.map(({ project, contracts, tokens }) => {
    const controlTypes = [
      ...new Set(
        contracts.flatMap((contract) => (contract.facts?.control ? [contract.facts.control.kind] : [])),
      ),
    ].sort()
    const addresses = [
      ...new Set([...contracts, ...tokens].map((entry) => entry.address.toLowerCase())),
    ].sort()
    return {
      slug: project.slug,
      name: project.name,
      category: project.category,
      tags: [...project.tags],
      chains: [...project.chains],
      status: project.status,
      addresses,
      ...(project.ens ? { ens: project.ens } : {}),
      hasToken: tokens.length > 0,
      ipfsFrontEnd: project.ens !== undefined && contenthashNames.has(project.ens),
      controlTypes,
    }
  })
}
