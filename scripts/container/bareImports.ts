import { builtinModules } from 'node:module'

const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/**
 * The npm packages a TypeScript or JavaScript module loads at run time: static and dynamic imports and
 * re-exports, less `import type`/`export type` (erased by Node's type stripping), relative paths and
 * Node's built-ins. Scoped packages keep their scope (`@helia/unixfs`).
 *
 * @param source The module's text.
 * @returns Package names, sorted, without duplicates.
 * @example
 * bareImports("import type { X } from 'zod'\nimport { ethers } from 'ethers/utils'") // ['ethers']
 */
export function bareImports(source: string): string[] {
  const specifiers = [...source.matchAll(STATIC), ...source.matchAll(DYNAMIC)].map((match) => match[1] ?? '')
  const packages = specifiers
    .filter((specifier) => !/^(\.|\/|node:)/.test(specifier) && !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )
  return [...new Set(packages)].sort()
}
