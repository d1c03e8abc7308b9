import type { Registry } from '../model/schema.ts'
import { OPEN_DATA_LICENSE } from './openDataLicense.ts'

const COLUMNS = [
  'slug',
  'name',
  'category',
  'subcategory',
  'status',
  'website',
  'source_code',
  'docs',
  'launched',
  'chains',
  'tags',
  'ens',
  'contracts',
  'tokens',
  'relations',
  'description',
  'license',
] as const

/**
 * The registry as one CSV row per project (RFC 4180, CRLF line ends), for spreadsheets. Lists are joined
 * with `;`. Every row carries the data licence, since a CSV has nowhere else to say it. A cell that a
 * spreadsheet would read as a formula (starting with = + - @ or a tab) is prefixed with `'`, so opening
 * the file never runs anything. Pure.
 * @example projectsCsv(registry).split('\r\n')[0] // 'slug,name,category,…,license'
 */
export function projectsCsv(registry: Registry): string {
  const rows = registry.projects.map((project) => ({
    slug: project.slug,
    name: project.name,
    category: project.category,
    subcategory: project.subcategory ?? '',
    status: project.status,
    website: project.website,
    source_code: project.links.source ?? '',
    docs: project.links.docs ?? '',
    launched: project.launched ?? '',
    chains: project.chains.join(';'),
    tags: project.tags.join(';'),
    ens: project.ens ?? '',
    contracts: project.contracts.map((contract) => `${contract.chain}:${contract.address}`).join(';'),
    tokens: project.tokens.map((token) => `${token.chain}:${token.symbol}:${token.address}`).join(';'),
    relations: project.relations.map((relation) => `${relation.type}:${relation.target}`).join(';'),
    description: project.description,
    license: OPEN_DATA_LICENSE.id,
  }))
  const lines = [
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}

/** Quotes a cell when it needs it and defuses spreadsheet formulas. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
