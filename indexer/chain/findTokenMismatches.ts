import type { Registry } from '../model/schema.ts'
import type { ChainFacts } from './readChainFacts.ts'

/**
 * Compares what each token contract reports with what the registry says about it: the `symbol` (ERC-20
 * and ERC-721) and, where the registry gives them, the `decimals`. Pure.
 *
 * @returns one warning per difference, with both values, e.g.
 * `ethereum: token 0x9f8F…79A2 (sky): the registry says symbol MKR, the contract says SKY`.
 */
export function findTokenMismatches(
  registry: Registry,
  facts: Pick<ChainFacts, 'chain' | 'tokens'>,
): string[] {
  const warnings: string[] = []
  for (const { address, reading } of facts.tokens) {
    if (!reading.ok) continue
    const onChain = reading.value.facts
    for (const project of registry.projects) {
      for (const token of project.tokens) {
        if (token.chain !== facts.chain || token.address !== address) continue
        const where = `${facts.chain}: token ${address} (${project.slug})`
        if (onChain.symbol !== undefined && onChain.symbol !== token.symbol) {
          warnings.push(
            `${where}: the registry says symbol ${token.symbol}, the contract says ${onChain.symbol}`,
          )
        }
        if (token.decimals !== undefined && 'decimals' in onChain && onChain.decimals !== token.decimals) {
          warnings.push(
            `${where}: the registry says ${token.decimals} decimals, the contract says ${onChain.decimals}`,
          )
        }
      }
    }
  }
  return warnings
}
