import { isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml'
import type { Problem } from './Problem.ts'

/** A registry file as read from disk: its repository-relative path and text. */
export interface SourceFile {
  path: string
  text: string
}

/** Parsed YAML plus a way to find where a field sits in the file. */
export interface ParsedSource {
  data: unknown
  /** Line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; col: number }
}

export const MAX_FILE_BYTES = 64 * 1024
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Parses one registry YAML file safely: no aliases or anchors (no billion-laughs), no explicit tags
 * (no `!!js/function`-style surprises), no prototype-polluting keys, size-capped. Every problem found
 * is returned with its position; `parsed` is absent when the file cannot be used at all.
 */
export function parseYamlSource(source: SourceFile): { parsed?: ParsedSource; problems: Problem[] } {
  const problems: Problem[] = []
  const at = (line: number, col: number, field: string, message: string, fix?: string): Problem => ({
    file: source.path,
    line,
    col,
    field,
    message,
    severity: 'error',
    ...(fix ? { fix } : {}),
  })

  const bytes = new TextEncoder().encode(source.text).length
  if (bytes > MAX_FILE_BYTES) {
    return {
      problems: [at(1, 1, '', `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit`, 'shorten it')],
    }
  }

  const lineCounter = new LineCounter()
  const doc = parseDocument(source.text, { lineCounter, uniqueKeys: true, merge: false, prettyErrors: false })
  const position = (offset: number) => lineCounter.linePos(offset)

  // Tag warnings are reported below, once, as tag problems.
  const warnings = doc.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED')
  for (const error of [...doc.errors, ...warnings]) {
    const { line, col } = position(error.pos[0])
    problems.push(
      at(line, col, '', `YAML: ${error.message.split('\n')[0]}`, 'fix the YAML syntax at this position'),
    )
  }

  visit(doc, {
    Alias(_, alias) {
      const { line, col } = position(alias.range?.[0] ?? 0)
      problems.push(at(line, col, '', 'YAML aliases (*name) are not allowed', 'write the value out in full'))
    },
    Node(_, node) {
      const offset = node.range?.[0] ?? 0
      if (node.anchor) {
        const { line, col } = position(markerBefore(source.text, `&${node.anchor}`, offset))
        problems.push(at(line, col, '', 'YAML anchors (&name) are not allowed', 'remove the anchor'))
      }
      if (node.tag) {
        const { line, col } = position(markerBefore(source.text, '!', offset))
        problems.push(at(line, col, '', `YAML tags (${node.tag}) are not allowed`, 'remove the tag'))
      }
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        const { line, col } = position(pair.key.range?.[0] ?? 0)
        problems.push(at(line, col, String(pair.key.value), 'this key name is not allowed', 'remove it'))
      }
    },
  })

  if (problems.length > 0) return { problems }
  if (!isMap(doc.contents)) {
    return {
      problems: [at(1, 1, '', 'the file must be a YAML mapping of field: value', 'see registry/README.md')],
    }
  }

  const locate: ParsedSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents
    let offset = 0
    for (const [index, key] of path.entries()) {
      if (!isNode(node)) break
      offset = node.range?.[0] ?? offset
      const items = isMap(node) || 'items' in node ? (node as { items: unknown[] }).items : []
      const isLast = index === path.length - 1
      let next: unknown
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
        if (pair && isPair(pair)) {
          next = isLast && options.key ? pair.key : (pair.value ?? pair.key)
          if (next === pair.key || !isNode(pair.value)) offset = (pair.key as Node).range?.[0] ?? offset
        }
      } else if (typeof key === 'number') {
        next = items[key]
      }
      if (next === undefined) break
      node = next
      if (isNode(node)) offset = node.range?.[0] ?? offset
    }
    return position(offset)
  }

  return { parsed: { data: doc.toJS({ maxAliasCount: 0 }), locate }, problems }
}

/** Node ranges start at the value; point at the `&anchor` or `!tag` written before it instead. */
function markerBefore(text: string, marker: string, offset: number): number {
  let found = text.lastIndexOf(marker, offset)
  if (found === -1) return offset
  while (found > 0 && text[found - 1] === marker[0]) found-- // `!!tag` starts at its first `!`
  return found
}
