import type { Category, Chain, Project, Registry } from '../../indexer/model/schema.ts'

/** One field of an entry that differs between two registries. */
export type FieldChange =
  /** A single value; `undefined` when the field is absent on that side. */
  | { field: string; kind: 'value'; before: string | undefined; after: string | undefined }
  /** A list, compared as a set of items written as text (`built-on ethereum`). */
  | { field: string; kind: 'list'; added: string[]; removed: string[] }

/** An entry (project, category or chain) by its id and display name. */
export interface EntryRef {
  id: string
  name: string
}

/** An entry present on both sides, with what changed in it. */
export interface ChangedEntry extends EntryRef {
  changes: FieldChange[]
}

/** What changed in one kind of entry, each list sorted by id. */
export interface SectionDiff {
  added: EntryRef[]
  removed: EntryRef[]
  changed: ChangedEntry[]
}

/** What a change of the registry means for the map. */
export interface RegistryDiff {
  projects: SectionDiff
  categories: SectionDiff
  chains: SectionDiff
}

/** The registry before the first project file exists. */
export const emptyRegistry: Registry = { categories: [], chains: [], projects: [] }

type FieldSpec<T> =
  | { field: string; value: (entry: T) => string | number | undefined }
  | { field: string; items: (entry: T) => string[] }

const projectFields: FieldSpec<Project>[] = [
  { field: 'name', value: (p) => p.name },
  { field: 'description', value: (p) => p.description },
  { field: 'category', value: (p) => p.category },
  { field: 'website', value: (p) => p.website },
  { field: 'ens', value: (p) => p.ens },
  { field: 'status', value: (p) => p.status },
  { field: 'chains', items: (p) => p.chains },
  {
    field: 'contracts',
    items: (p) => p.contracts.map((c) => `${c.chain} ${c.address} ${c.label} (${c.source})`),
  },
  {
    field: 'tokens',
    items: (p) =>
      p.tokens.map(
        (t) =>
          `${t.chain} ${t.symbol} ${t.address}${t.decimals === undefined ? '' : ` decimals ${t.decimals}`} (${t.source})`,
      ),
  },
  { field: 'relations', items: (p) => p.relations.map((r) => `${r.type} ${r.target}`) },
  { field: 'sources', items: (p) => p.sources },
]

const categoryFields: FieldSpec<Category>[] = [
  { field: 'name', value: (c) => c.name },
  { field: 'description', value: (c) => c.description },
]

const chainFields: FieldSpec<Chain>[] = [
  { field: 'chainId', value: (c) => c.chainId },
  { field: 'name', value: (c) => c.name },
  { field: 'explorer', value: (c) => c.explorer },
  { field: 'rpcEnv', value: (c) => c.rpcEnv },
  { field: 'multicall3', value: (c) => c.multicall3 },
  { field: 'ensRegistry', value: (c) => c.ensRegistry },
]

/**
 * Compares two validated registries the way a reviewer reads them: projects, categories and chains
 * added and removed, and for each one on both sides the fields whose meaning changed (a reordered list
 * or an explicit default such as `status: active` is no change). Pure.
 *
 * @param before The registry at the base (use {@link emptyRegistry} when there was none).
 * @param after The registry as changed.
 * @returns Every difference, sorted by id and in schema field order.
 * @example
 * const diff = diffRegistries(baseRegistry, headRegistry)
 * diff.projects.added // [{ id: 'the-graph', name: 'The Graph' }]
 */
export function diffRegistries(before: Registry, after: Registry): RegistryDiff {
  return {
    projects: diffSection(before.projects, after.projects, (p) => p.slug, projectFields),
    categories: diffSection(before.categories, after.categories, (c) => c.id, categoryFields),
    chains: diffSection(before.chains, after.chains, (c) => c.id, chainFields),
  }
}

/**
 * Whether a diff holds any change.
 * @param diff What {@link diffRegistries} returned.
 * @returns `true` when nothing was added, removed or changed.
 */
export function isEmptyRegistryDiff(diff: RegistryDiff): boolean {
  return [diff.projects, diff.categories, diff.chains].every(
    (section) => section.added.length + section.removed.length + section.changed.length === 0,
  )
}

function diffSection<T extends { name: string }>(
  before: readonly T[],
  after: readonly T[],
  idOf: (entry: T) => string,
  fields: readonly FieldSpec<T>[],
): SectionDiff {
  const byId = (entries: readonly T[]) => new Map(entries.map((entry) => [idOf(entry), entry]))
  const old = byId(before)
  const next = byId(after)
  const ref = (entry: T): EntryRef => ({ id: idOf(entry), name: entry.name })
  const sortById = <E extends EntryRef>(entries: E[]) => entries.sort((a, b) => (a.id < b.id ? -1 : 1))
  const changed: ChangedEntry[] = []
  for (const [id, entry] of next) {
    const previous = old.get(id)
    if (!previous) continue
    const changes = fields.flatMap((spec) => diffField(spec, previous, entry))
    if (changes.length > 0) changed.push({ ...ref(entry), changes })
  }
  return {
    added: sortById([...next].filter(([id]) => !old.has(id)).map(([, entry]) => ref(entry))),
    removed: sortById([...old].filter(([id]) => !next.has(id)).map(([, entry]) => ref(entry))),
    changed: sortById(changed),
  }
}

function diffField<T>(spec: FieldSpec<T>, before: T, after: T): FieldChange[] {
  if ('value' in spec) {
    const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value))
    const [was, is] = [text(spec.value(before)), text(spec.value(after))]
    return was === is ? [] : [{ field: spec.field, kind: 'value', before: was, after: is }]
  }
  const [was, is] = [new Set(spec.items(before)), new Set(spec.items(after))]
  const added = [...is].filter((item) => !was.has(item))
  const removed = [...was].filter((item) => !is.has(item))
  return added.length + removed.length === 0 ? [] : [{ field: spec.field, kind: 'list', added, removed }]
}
