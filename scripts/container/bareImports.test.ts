import { describe, expect, it } from 'vitest'
import { bareImports } from './bareImports.ts'

describe(bareImports.name, () => {
  it('lists run-time package imports and leaves out types, relative paths and built-ins', () => {
    const source = `import type { Address } from 'viem'
import { type Provider, JsonRpcProvider } from 'ethers'
import {
  unixfs,
} from '@helia/unixfs/dist/index.js'
import { readFile } from 'node:fs/promises'
import path from 'path'
import { BaseError } from '../errors/BaseError.ts'
export { z } from 'zod'
export type { Cid } from 'multiformats'
const solc = await import('solc')
`
    expect(bareImports(source)).toEqual(['@helia/unixfs', 'ethers', 'solc', 'zod'])
  })
})
