import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import { BaseError } from '../errors/BaseError.ts'

/** Thrown when a token list does not match the Uniswap token lists schema. */
export class TokenListInvalidError extends BaseError {
  override name = 'TokenListInvalidError'
  readonly problems: string[]
  constructor({ errors }: { errors: string[] }) {
    super(`The token list does not match the token lists schema (${errors.length} problem(s)).`, {
      details: errors.join('\n'),
      metaMessages: ['Fix the registry tokens named above (symbols, names), then build again.'],
    })
    this.problems = errors
  }
}

const require = createRequire(import.meta.url)
let compiled: ReturnType<Ajv['compile']> | undefined

/**
 * Checks a token list against the official schema shipped in `@uniswap/token-lists` (read from the
 * installed package, never fetched).
 * @throws {TokenListInvalidError} naming each failing field.
 * @example assertValidTokenList(buildTokenList(registry, options).list)
 */
export function assertValidTokenList(list: unknown): void {
  if (!compiled) {
    const schemaPath = require.resolve('@uniswap/token-lists/src/tokenlist.schema.json')
    const ajv = new Ajv({ allErrors: true, strict: false })
    addFormats.default(ajv)
    compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
  }
  if (compiled(list)) return
  const errors = (compiled.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  )
  throw new TokenListInvalidError({ errors })
}
