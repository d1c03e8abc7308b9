import type { LintDiagnostic } from './LintDiagnostic.ts'

interface Token {
  kind: 'word' | 'string' | 'punct'
  text: string
  line: number
}

/** A `{ … }` block with the tokens in front of it (`stage('lint')`) and what it holds. */
interface Block {
  header: Token[]
  line: number
  tokens: Token[]
  children: Block[]
}

const BODY_SECTIONS = ['steps', 'parallel', 'stages', 'matrix']
const NPM_STEP = /^npm (ci|test|run(?:-script)?)(?:\s+(--?[a-z-]+\s+)*([^\s-][^\s]*))?/

/**
 * Checks a declarative Jenkinsfile without a Jenkins controller: balanced braces and strings, a
 * `pipeline` block with `agent` and `stages`, every stage with `steps`, `parallel`, `stages` or
 * `matrix`, and every `sh` (or `bat`) step calling `npm ci` or an npm script that package.json has,
 * so the pipeline never holds logic of its own. Groovy semantics are CodeNarc's job (groovyLint).
 *
 * @param text The Jenkinsfile's content.
 * @param file The path to print in diagnostics.
 * @param packageScripts The names in package.json `scripts`.
 * @returns Every problem found; empty when the pipeline is well-formed.
 * @example
 * lintJenkinsfile(readFileSync('Jenkinsfile', 'utf8'), 'Jenkinsfile', new Set(['lint', 'build']))
 */
export function lintJenkinsfile(
  text: string,
  file: string,
  packageScripts: ReadonlySet<string>,
): LintDiagnostic[] {
  const diagnostics: LintDiagnostic[] = []
  const report = (line: number, rule: string, message: string) =>
    diagnostics.push({ file, line, column: 1, rule, message })

  const { tokens, unterminated } = tokenize(text)
  if (unterminated) {
    report(unterminated, 'jenkinsfile-syntax', 'A string or comment opened here is never closed.')
    return diagnostics
  }
  const { root, unbalanced } = buildBlocks(tokens)
  if (unbalanced) {
    report(unbalanced.line, 'jenkinsfile-syntax', unbalanced.message)
    return diagnostics
  }

  const pipeline = root.children.find((block) => headerIs(block, 'pipeline'))
  if (!pipeline) {
    report(1, 'declarative-pipeline', 'No `pipeline { … }` block: write a declarative pipeline.')
    return diagnostics
  }
  if (!pipeline.tokens.some((token) => token.kind === 'word' && token.text === 'agent')) {
    report(pipeline.line, 'declarative-pipeline', '`pipeline` has no `agent`: add `agent any` (or a label).')
  }
  if (!pipeline.children.some((block) => headerIs(block, 'stages'))) {
    report(pipeline.line, 'declarative-pipeline', '`pipeline` has no `stages { … }` block.')
  }

  for (const block of walk(pipeline)) {
    if (block.header[0]?.text !== 'stage') continue
    const name = block.header.find((token) => token.kind === 'string')?.text ?? '?'
    if (!block.children.some((child) => BODY_SECTIONS.some((section) => headerIs(child, section)))) {
      report(
        block.line,
        'declarative-pipeline',
        `stage('${name}') has no steps, parallel, stages or matrix block.`,
      )
    }
  }

  for (const step of shellSteps(tokens)) {
    const match = NPM_STEP.exec(step.command.trim())
    const script = match?.[1] === 'test' ? 'test' : match?.[3]
    if (!match || /[;&|`]|\$\(/.test(step.command)) {
      report(
        step.line,
        'npm-scripts-only',
        `\`${step.keyword} '${step.command}'\` is not an npm script: move the logic into package.json and call \`npm run <script>\`.`,
      )
    } else if (match[1] !== 'ci' && (!script || !packageScripts.has(script))) {
      report(
        step.line,
        'npm-script-exists',
        `\`${step.command}\`: package.json has no script "${script ?? ''}".`,
      )
    }
  }
  return diagnostics
}

function headerIs(block: Block, word: string): boolean {
  return block.header.length === 1 && block.header[0]?.text === word
}

function* walk(block: Block): Generator<Block> {
  for (const child of block.children) {
    yield child
    yield* walk(child)
  }
}

/** `sh 'x'`, `sh "x"`, `sh '''x'''`, `sh(script: 'x')` and the same for `bat`. */
function shellSteps(tokens: readonly Token[]): Array<{ keyword: string; command: string; line: number }> {
  const steps: Array<{ keyword: string; command: string; line: number }> = []
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || (token.text !== 'sh' && token.text !== 'bat')) return
    const next = tokens[index + 1]
    if (next?.kind === 'string') {
      steps.push({ keyword: token.text, command: next.text, line: token.line })
    } else if (next?.text === '(') {
      const close = tokens.findIndex((candidate, at) => at > index && candidate.text === ')')
      const inside = tokens.slice(index + 2, close === -1 ? undefined : close)
      const scriptAt = inside.findIndex((candidate) => candidate.text === 'script')
      const command = (scriptAt === -1 ? inside[0] : inside[scriptAt + 2]) ?? { kind: 'word', text: '' }
      steps.push({
        keyword: token.text,
        command: command.kind === 'string' ? command.text : '<not a string>',
        line: token.line,
      })
    }
  })
  return steps
}

/** Groovy tokens that matter here: words, string literals (quotes removed) and punctuation. */
function tokenize(text: string): { tokens: Token[]; unterminated?: number } {
  const tokens: Token[] = []
  let line = 1
  let index = 0
  while (index < text.length) {
    const char = text[index] ?? ''
    const rest = text.slice(index)
    if (char === '\n') {
      line++
      index++
    } else if (/\s/.test(char)) {
      index++
    } else if (rest.startsWith('//')) {
      const end = text.indexOf('\n', index)
      index = end === -1 ? text.length : end
    } else if (rest.startsWith('/*')) {
      const end = text.indexOf('*/', index + 2)
      if (end === -1) return { tokens, unterminated: line }
      line += countLines(text.slice(index, end))
      index = end + 2
    } else if (char === "'" || char === '"') {
      const delimiter = rest.startsWith(char.repeat(3)) ? char.repeat(3) : char
      let end = index + delimiter.length
      while (end < text.length && !text.startsWith(delimiter, end)) {
        if (text[end] === '\\') end++
        if (delimiter.length === 1 && text[end] === '\n') return { tokens, unterminated: line }
        end++
      }
      if (end >= text.length) return { tokens, unterminated: line }
      const value = text.slice(index + delimiter.length, end)
      tokens.push({ kind: 'string', text: value, line })
      line += countLines(value)
      index = end + delimiter.length
    } else if (/[A-Za-z_$]/.test(char)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0] ?? char
      tokens.push({ kind: 'word', text: word, line })
      index += word.length
    } else {
      tokens.push({ kind: 'punct', text: char, line })
      index++
    }
  }
  return { tokens }
}

function countLines(text: string): number {
  return text.split('\n').length - 1
}

/** Nests tokens into blocks at `{` and `}`; the header of a block is what follows the previous statement. */
function buildBlocks(tokens: readonly Token[]): {
  root: Block
  unbalanced?: { line: number; message: string }
} {
  const root: Block = { header: [], line: 1, tokens: [], children: [] }
  const stack: Block[] = [root]
  let statementStart = 0
  for (const [index, token] of tokens.entries()) {
    const current = stack.at(-1) ?? root
    if (token.text === '{') {
      const header = trimHeader(tokens.slice(statementStart, index))
      const block: Block = { header, line: token.line, tokens: [], children: [] }
      current.children.push(block)
      stack.push(block)
      statementStart = index + 1
    } else if (token.text === '}') {
      if (stack.length === 1)
        return { root, unbalanced: { line: token.line, message: 'This `}` closes nothing.' } }
      stack.pop()
      statementStart = index + 1
    } else {
      current.tokens.push(token)
      if (index > 0 && token.line !== tokens[index - 1]?.line) statementStart = index
    }
  }
  const open = stack.at(-1)
  if (stack.length > 1 && open)
    return { root, unbalanced: { line: open.line, message: 'This `{` is never closed.' } }
  return { root }
}

/** A block's header is the tokens on the `{` line (`stage('lint') {`, `post {`, `always {`). */
function trimHeader(header: Token[]): Token[] {
  const line = header.at(-1)?.line
  return header.filter((token) => token.line === line)
}
