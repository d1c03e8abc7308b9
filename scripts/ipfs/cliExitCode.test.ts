import { parseArgs } from 'node:util'
import { describe, expect, it } from 'vitest'
import { cliExitCode, UsageError } from './cliExitCode.ts'
import { SymlinkRefusedError } from './importDirectory.ts'

describe('cliExitCode', () => {
  it('gives 1 for usage errors, parseArgs errors and the listed classes', () => {
    expect(cliExitCode(new UsageError('Give at most one path.'))).toBe(1)
    let parseError: unknown
    try {
      parseArgs({ args: ['--nope'], options: {} })
    } catch (error) {
      parseError = error
    }
    expect(cliExitCode(parseError)).toBe(1)
    expect(cliExitCode(new SymlinkRefusedError({ path: 'dist/x' }), [SymlinkRefusedError])).toBe(1)
  })

  it('gives 2 for anything else', () => {
    expect(cliExitCode(new Error('disk full'))).toBe(2)
    expect(cliExitCode(new SymlinkRefusedError({ path: 'dist/x' }))).toBe(2)
    expect(cliExitCode('not even an error')).toBe(2)
    expect(cliExitCode(undefined)).toBe(2)
  })
})
