import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml'

/** A YAML document that can say where each of its values is written. */
export interface YamlWithLines {
  document: Document
  /** Parse errors, each with its 1-based line and column. */
  errors: Array<{ line: number; column: number; message: string }>
  /**
   * The 1-based line and column of the key (or list item) at a path, or of its closest parent.
   * @param path Keys and indexes from the root, e.g. `['jobs', 'build', 'steps', 0, 'uses']`.
   */
  positionOf(path: ReadonlyArray<string | number>): { line: number; column: number }
}

/**
 * Parses YAML keeping a line counter, so lint rules can point at the line a person has to edit.
 *
 * @param text The YAML source.
 * @returns The document, its parse errors and a position lookup.
 * @example
 * parseYamlWithLines('a:\n  b: 1\n').positionOf(['a', 'b']) // { line: 2, column: 3 }
 */
export function parseYamlWithLines(text: string): YamlWithLines {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false })
  const toPosition = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  return {
    document,
    // The library appends " at line L, column C:" and a code excerpt; the position is reported separately.
    errors: document.errors.map((error) => ({
      ...toPosition(error.pos[0]),
      message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
    })),
    positionOf(path) {
      for (let length = path.length; length > 0; length--) {
        const parent = document.getIn(path.slice(0, length - 1), true)
        const last = path[length - 1]
        // Point at the key a person edits, not at the value (which may start on the next line).
        const pair = isMap(parent)
          ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last))
          : undefined
        const node = (pair?.key ?? document.getIn(path.slice(0, length), true)) as
          | { range?: [number, number, number] }
          | undefined
        if (node?.range) return toPosition(node.range[0])
      }
      return { line: 1, column: 1 }
    },
  }
}
