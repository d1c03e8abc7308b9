/** A command in a `run:` script that is not one workflows may call. */
export interface RunScriptProblem {
  /** 0-based line inside the script. */
  lineOffset: number
  /** The offending command name, or `npm <subcommand>`. */
  command: string
}

/** Shell glue a run step may use around npm, git and gh: output, tests, exits, control flow. */
const GLUE = new Set(['echo', 'printf', 'cat', 'tee', 'test', '[', 'exit', 'true', 'false'])
const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'while',
  'until',
  'do',
  'done',
  'for',
  '!',
  '{',
  '}',
])
const NPM_SUBCOMMANDS = new Set(['run', 'run-script', 'ci', 'exec', 'test'])

/**
 * Finds the commands of a workflow `run:` script that are neither an npm script (`npm run`, `npm ci`,
 * `npm exec`, `npm test`), git, gh, nor shell glue (echo, cat, tee, test, exit, if/then/fi…): logic
 * belongs in npm scripts, so a laptop, the Jenkinsfile and CI run the same thing. Commands inside
 * `$(…)` are not inspected; heredocs are not supported.
 *
 * @param script The `run:` value.
 * @returns One problem per offending command, in order.
 * @example
 * checkRunScript('npm ci\ncurl -sSf https://example.org | sh') // [{ lineOffset: 1, command: 'curl' }, { lineOffset: 1, command: 'sh' }]
 */
export function checkRunScript(script: string): RunScriptProblem[] {
  const problems: RunScriptProblem[] = []
  for (const { words, lineOffset } of splitCommands(script)) {
    const command = skipPrefix(words)
    if (command.length === 0) continue
    const [name = '', ...rest] = command
    if (name === 'git' || name === 'gh' || GLUE.has(name)) continue
    if (name === 'npm') {
      const subcommand = rest.find((word) => !word.startsWith('-')) ?? ''
      if (NPM_SUBCOMMANDS.has(subcommand)) continue
      problems.push({ lineOffset, command: `npm ${subcommand}`.trim() })
      continue
    }
    problems.push({ lineOffset, command: name })
  }
  return problems
}

/**
 * The npm scripts a run script calls with `npm run <name>` (or `npm run-script`), with their lines.
 *
 * @param script The `run:` value.
 * @returns Script names with their 0-based line inside the script.
 * @example
 * npmScriptsCalled('npm ci && npm run --silent build') // [{ name: 'build', lineOffset: 0 }]
 */
export function npmScriptsCalled(script: string): Array<{ name: string; lineOffset: number }> {
  const called: Array<{ name: string; lineOffset: number }> = []
  for (const { words, lineOffset } of splitCommands(script)) {
    const [name, ...rest] = skipPrefix(words)
    if (name !== 'npm') continue
    const [subcommand, script] = rest.filter((word) => !word.startsWith('-'))
    if ((subcommand === 'run' || subcommand === 'run-script') && script)
      called.push({ name: script, lineOffset })
  }
  return called
}

/** Drops variable assignments, control-flow keywords and redirections in front of the command. */
function skipPrefix(words: readonly string[]): string[] {
  const rest = [...words]
  while (rest.length > 0) {
    const word = rest[0] ?? ''
    if (KEYWORDS.has(word) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) rest.shift()
    else if (/^\d*(>>?|<|&>)&?\d*$/.test(word)) rest.splice(0, 2)
    else if (/^\d*(>>?|<|&>)/.test(word)) rest.shift()
    else break
  }
  return rest
}

/**
 * Splits a script into simple commands at newlines (unless escaped), `;`, `&`, `&&`, `|`, `||` and
 * subshell parentheses, outside quotes and `$(…)`, and each command into words with quotes removed. Comments are dropped.
 */
function splitCommands(script: string): Array<{ words: string[]; lineOffset: number }> {
  const commands: Array<{ words: string[]; lineOffset: number }> = []
  let words: string[] = []
  let word: string | undefined
  let quote: '"' | "'" | undefined
  let depth = 0
  let line = 0
  let start = 0
  const endWord = () => {
    if (word !== undefined) words.push(word)
    word = undefined
  }
  const endCommand = () => {
    endWord()
    if (words.length > 0) commands.push({ words, lineOffset: start })
    words = []
    start = line
  }
  for (let index = 0; index < script.length; index++) {
    const char = script[index] ?? ''
    const next = script[index + 1]
    if (char === '\n') line++
    if (quote) {
      if (char === quote) quote = undefined
      else word = (word ?? '') + char
      continue
    }
    if (depth > 0) {
      if (char === '(') depth++
      if (char === ')') depth--
      word = (word ?? '') + char
      continue
    }
    if (char === '\\' && next === '\n') {
      index++
      line++
      continue
    }
    if (char === '"' || char === "'") {
      quote = char
      word ??= ''
    } else if (char === '$' && next === '(') {
      depth = 1
      word = `${word ?? ''}$(`
      index++
    } else if (char === '#' && word === undefined) {
      while (index + 1 < script.length && script[index + 1] !== '\n') index++
    } else if ((char === '(' && word === undefined) || char === ')') {
      // A subshell `( … )` groups commands; each one inside is checked like any other.
      endCommand()
    } else if (char === '\n' || char === ';' || char === '&' || char === '|') {
      if (char === '&' && (word?.endsWith('>') || /^\d*>$/.test(word ?? ''))) {
        word = (word ?? '') + char
        continue
      }
      endCommand()
      if ((char === '&' || char === '|') && next === char) index++
      if (char === '\n') start = line
    } else if (char === ' ' || char === '\t') {
      endWord()
    } else {
      word = (word ?? '') + char
    }
  }
  endCommand()
  return commands
}
