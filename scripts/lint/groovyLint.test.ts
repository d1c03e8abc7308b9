import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CodeNarcUnavailableError, groovyLint } from './groovyLint.ts'

// CodeNarc runs on Java; a laptop without one skips this (CI machines have it, and `npm run lint:jenkins`
// fails there without it).
const hasJava = spawnSync('java', ['-version']).status === 0

describe(groovyLint.name, () => {
  it.skipIf(!hasJava)(
    'reports a Groovy syntax error with its line, from the text alone',
    async () => {
      const problems = await groovyLint({}, 'pipeline {\n  agent any\n  stages {\n', 'Jenkinsfile')
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({ file: 'Jenkinsfile', line: 1, rule: 'codenarc/NglParseError' })
      expect(problems[0]?.message).toMatch(/^Unexpected input: '\{' @ line 1, column 10\./)
    },
    120_000,
  )

  it('says to install Java when CodeNarc cannot start', async () => {
    const failure = groovyLint({ javaExecutable: '/nonexistent/java' }, 'pipeline {}', 'Jenkinsfile')
    await expect(failure).rejects.toBeInstanceOf(CodeNarcUnavailableError)
    await expect(failure).rejects.toThrow(/Install a Java runtime/)
  })
})
