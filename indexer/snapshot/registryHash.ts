import { createHash } from 'node:crypto'
import type { Registry } from '../model/schema.ts'
import { stableJson } from './stableJson.ts'

/**
 * sha256 (lowercase hex) of the registry's validated content, serialized with {@link stableJson}.
 * It changes when a fact changes, not when a comment, the YAML layout or a default spelled out does.
 * Projects and categories keep the order validation gives them (projects sorted by slug).
 *
 * @example
 * registryHash(await loadRegistry('registry')) // 'a3f1…' (64 hex digits)
 */
export function registryHash(registry: Registry): string {
  return createHash('sha256').update(stableJson(registry)).digest('hex')
}
