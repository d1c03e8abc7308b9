import { z } from 'zod'
import { CONTRACT_ROLES, PROJECT_STATUSES, RELATION_TYPES, type Registry } from '../model/schema.ts'
import { API_VERSION, OPEN_DATA_LICENSE } from './openDataLicense.ts'
import { relatedFromIndex, toProjectRecord } from './toProjectRecord.ts'

const text = z.string()
const relationType = z.enum(Object.keys(RELATION_TYPES) as [keyof typeof RELATION_TYPES])

/** The shape of `api/ecosystem.json`, published beside it as `api/ecosystem.schema.json`. */
export const EcosystemExportSchema = z.strictObject({
  $schema: z.literal('./ecosystem.schema.json'),
  apiVersion: z.literal(API_VERSION),
  license: z.strictObject({ id: text, name: text, url: text, attribution: text }),
  categories: z.array(
    z.strictObject({
      id: text,
      name: text,
      description: text,
      subcategories: z.array(z.strictObject({ id: text, name: text })),
    }),
  ),
  chains: z.array(
    z.strictObject({
      id: text,
      chainId: z.number().int(),
      name: text,
      explorer: text.describe('address page, {address} marks where the address goes'),
      multicall3: text.optional(),
    }),
  ),
  relationTypes: z.array(z.strictObject({ id: relationType, description: text })),
  projects: z.array(
    z.strictObject({
      slug: text,
      name: text,
      description: text,
      category: text,
      subcategory: text.optional(),
      tags: z.array(text),
      website: text,
      links: z.record(text, text),
      logo: text.optional(),
      launched: text.optional(),
      status: z.enum(PROJECT_STATUSES),
      ens: text.optional(),
      chains: z.array(text),
      contracts: z.array(
        z.strictObject({
          chain: text,
          address: text,
          label: text,
          role: z.enum(Object.keys(CONTRACT_ROLES) as [keyof typeof CONTRACT_ROLES]),
          source: text,
        }),
      ),
      tokens: z.array(
        z.strictObject({
          chain: text,
          address: text,
          symbol: text,
          decimals: z.number().int().optional(),
          name: text.optional(),
          source: text,
        }),
      ),
      relations: z.array(z.strictObject({ type: relationType, target: text })),
      relatedFrom: z.array(z.strictObject({ type: relationType, source: text })),
      sources: z.array(text),
    }),
  ),
})
export type EcosystemExport = z.output<typeof EcosystemExportSchema>

/**
 * The whole registry as one open-data document: categories, chains, relation types and every project,
 * in registry order, with the licence. Pure and byte-stable for a given registry.
 * @example buildEcosystemExport(registry).projects.length // 20
 */
export function buildEcosystemExport(registry: Registry): EcosystemExport {
  const incoming = relatedFromIndex(registry)
  return {
    $schema: './ecosystem.schema.json',
    apiVersion: API_VERSION,
    license: { ...OPEN_DATA_LICENSE },
    categories: registry.categories.map(({ id, name, description, subcategories }) => ({
      id,
      name,
      description,
      subcategories: subcategories.map((subcategory) => ({ id: subcategory.id, name: subcategory.name })),
    })),
    chains: registry.chains.map(({ id, chainId, name, explorer, multicall3 }) => ({
      id,
      chainId,
      name,
      explorer,
      ...(multicall3 ? { multicall3 } : {}),
    })),
    relationTypes: Object.entries(RELATION_TYPES).map(([id, description]) => ({
      id: id as keyof typeof RELATION_TYPES,
      description,
    })),
    projects: registry.projects.map((project) => toProjectRecord(project, registry, incoming)),
  }
}

/**
 * The JSON Schema of `ecosystem.json`, generated from the zod schema the export is checked with.
 * @returns the schema as a JSON-ready object
 */
export function ecosystemJsonSchema(): Record<string, unknown> {
  return {
    $id: `web3-atlas/api/v${API_VERSION}/ecosystem.schema.json`,
    title: 'Web3 Atlas ecosystem export',
    description: `Every project, category, chain and relation of the Web3 Atlas registry. Data licence: ${OPEN_DATA_LICENSE.id} (${OPEN_DATA_LICENSE.url}).`,
    ...z.toJSONSchema(EcosystemExportSchema, { io: 'output' }),
  }
}
