import { readFileSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { InterfaceAbi } from 'ethers'
import solc from 'solc'
import type { CompiledContract } from './compile.ts'

const NODE_MODULES = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules')

/**
 * Compiles Solidity sources with solc-js (optimizer on, 200 runs), resolving `@openzeppelin/…` and other
 * package imports from node_modules.
 * @param sources File name → source text.
 * @returns Every contract of the sources and of what they import, by contract name (for names that occur
 * in several files, the last one compiled).
 * @throws an Error listing solc's errors.
 */
export function compileSolidity(sources: Record<string, string>): Record<string, CompiledContract> {
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(sources).map(([file, content]) => [file, { content }])),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  }
  const findImports = (path: string) => {
    const file = resolve(NODE_MODULES, path)
    if (!file.startsWith(NODE_MODULES + sep)) return { error: `import outside node_modules: ${path}` }
    try {
      return { contents: readFileSync(file, 'utf8') }
    } catch {
      return { error: `not found: ${path}` }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as {
    errors?: Array<{ severity: string; formattedMessage: string }>
    contracts?: Record<string, Record<string, { abi: InterfaceAbi; evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join('\n'))
  const compiled: Record<string, CompiledContract> = {}
  for (const contracts of Object.values(output.contracts ?? {})) {
    for (const [name, contract] of Object.entries(contracts)) {
      compiled[name] = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` }
    }
  }
  return compiled
}
