import { describe, expect, it } from 'vitest'
import { formatDiagnostic, type LintDiagnostic } from './LintDiagnostic.ts'
import { renderLintReport } from './renderLintReport.ts'

const problem = (file: string, line: number, message = 'Pin it.'): LintDiagnostic => ({
  file,
  line,
  column: 1,
  rule: 'pinned-digest',
  message,
})

describe(renderLintReport.name, () => {
  it('prints problems sorted by file and line, then a summary, and exits 1', () => {
    const report = renderLintReport(
      [problem('compose.yaml', 9), problem('Dockerfile', 3), problem('compose.yaml', 2)],
      {
        checked: ['Dockerfile', 'compose.yaml', 'deploy/akash.yaml'],
      },
    )
    expect(report).toEqual({
      text: [
        'compose.yaml:2:1  pinned-digest  Pin it.',
        'compose.yaml:9:1  pinned-digest  Pin it.',
        'Dockerfile:3:1  pinned-digest  Pin it.',
        '✗ 3 problem(s) in 2 of 3 file(s)',
      ].join('\n'),
      exitCode: 1,
    })
  })

  it('says what was checked when all is clean, after any notes', () => {
    expect(renderLintReport([], { checked: ['Jenkinsfile'], notes: ['⚠ CodeNarc skipped'] })).toEqual({
      text: '⚠ CodeNarc skipped\n✓ Jenkinsfile: no problems',
      exitCode: 0,
    })
  })
})

describe(formatDiagnostic.name, () => {
  it('writes a GitHub annotation with the message escaped onto one line', () => {
    expect(formatDiagnostic(problem('Jenkinsfile', 1, "Unexpected '{'\n  at 100%"), { github: true })).toBe(
      "::error file=Jenkinsfile,line=1,col=1,title=pinned-digest::Unexpected '{'%0A  at 100%25",
    )
  })
})
