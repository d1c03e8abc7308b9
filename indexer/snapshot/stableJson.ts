import { JsonValueUnsupportedError } from './JsonValueUnsupportedError.ts'

/**
 * Serializes `value` the same way every time: object keys sorted by code unit (so not by locale),
 * 2-space indent, `\n` line ends and a trailing newline. Properties whose value is `undefined` are left
 * out, as `JSON.stringify` does. Anything JSON cannot hold exactly is refused rather than mangled.
 *
 * @example
 * stableJson({ b: 1, a: [true] }) // '{\n  "a": [\n    true\n  ],\n  "b": 1\n}\n'
 * @throws {JsonValueUnsupportedError} for a bigint, a non-finite number, a function, a symbol, `undefined`
 * outside an object property, or an object that is not a plain object or an array.
 */
export function stableJson(value: unknown): string {
  return `${serialize(value, '', '$')}\n`
}

function serialize(value: unknown, indent: string, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new JsonValueUnsupportedError({ path, found: String(value) })
      return JSON.stringify(value)
    case 'object':
      return Array.isArray(value) ? serializeArray(value, indent, path) : serializeObject(value, indent, path)
    default:
      throw new JsonValueUnsupportedError({ path, found: `a ${typeof value}` })
  }
}

function serializeArray(items: readonly unknown[], indent: string, path: string): string {
  if (items.length === 0) return '[]'
  const inner = `${indent}  `
  const lines = items.map((item, i) => `${inner}${serialize(item, inner, `${path}[${i}]`)}`)
  return `[\n${lines.join(',\n')}\n${indent}]`
}

function serializeObject(object: object, indent: string, path: string): string {
  const prototype = Object.getPrototypeOf(object)
  if (prototype !== Object.prototype && prototype !== null) {
    throw new JsonValueUnsupportedError({
      path,
      found: `a ${object.constructor?.name ?? 'non-plain'} object`,
    })
  }
  const inner = `${indent}  `
  const lines = Object.keys(object)
    .filter((key) => (object as Record<string, unknown>)[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const child = serialize(
        (object as Record<string, unknown>)[key],
        inner,
        `${path}[${JSON.stringify(key)}]`,
      )
      return `${inner}${JSON.stringify(key)}: ${child}`
    })
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${indent}}`
}
