import type { Registry } from '../model/schema.ts'

/** How change messages name each entry of a chain's snapshot. */
export interface TargetLabels {
  contracts: Record<string, string>
  tokens: Record<string, string>
  ens: Record<string, string>
}

/**
 * Names every contract, token and ENS name the registry lists on `chainId` the way people know it:
 * "Uniswap V3 Factory" (the project's name is added unless the label has it), "Aave AAVE" for a token, the
 * name itself for ENS. When projects share an address, the first project by slug names it. Pure.
 */
export function labelTargets(registry: Registry, chainId: string): TargetLabels {
  const labels: TargetLabels = { contracts: {}, tokens: {}, ens: {} }
  const hasEns = registry.chains.some((chain) => chain.id === chainId && chain.ensRegistry)
  for (const project of registry.projects) {
    for (const contract of project.contracts) {
      if (contract.chain !== chainId) continue
      const named = contract.label.toLowerCase().includes(project.name.toLowerCase())
      labels.contracts[contract.address] ??= named ? contract.label : `${project.name} ${contract.label}`
    }
    for (const token of project.tokens) {
      if (token.chain === chainId) labels.tokens[token.address] ??= `${project.name} ${token.symbol}`
    }
    if (hasEns && project.ens) labels.ens[project.ens] ??= project.ens
  }
  return labels
}
