import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintCompose } from './lintCompose.ts'

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`
const lines = (diagnostics: LintDiagnostic[]) => diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`)

describe(lintCompose.name, () => {
  it('passes the project compose.yaml', () => {
    const text = readFileSync(new URL('../../compose.yaml', import.meta.url), 'utf8')
    expect(lintCompose(text, 'compose.yaml')).toEqual([])
  })

  it('passes pinned images and loopback ports in every form', () => {
    const good = `name: demo
services:
  ipfs:
    image: ipfs/kubo:v0.42.0@${digest}
    ports:
      - '127.0.0.1:5001:5001'
      - '[::1]:8080:8080'
  site:
    build:
      context: .
      target: site
    ports:
      - host_ip: 127.0.0.1
        published: '4321'
        target: 4321
`
    expect(lintCompose(good, 'compose.yaml')).toEqual([])
  })

  it('reports ports on every interface, unpinned images and dclint findings', () => {
    const bad = `name: demo
services:
  web:
    image: nginx:1.27
    ports:
      - '0.0.0.0:81:81'
      - '8080:80'
  api:
    image: example/api:latest@${digest}
`
    expect(lines(lintCompose(bad, 'compose.yaml'))).toEqual([
      '5 dclint/no-unbound-port-interfaces Service "web" is exporting port "8080:80" without specifying the interface to listen on.',
      '8 dclint/services-alphabetical-order Service "api" should be before "web".',
      '4 pinned-digest Service "web" pulls nginx:1.27 without a digest: append @sha256:<digest> (docker buildx imagetools inspect nginx:1.27).',
      '6 loopback-ports Service "web" publishes 0.0.0.0:81:81 on 0.0.0.0: bind it to 127.0.0.1 (\'127.0.0.1:<host>:<container>\').',
      '7 loopback-ports Service "web" publishes 8080:80 on every interface: bind it to 127.0.0.1 (\'127.0.0.1:<host>:<container>\').',
    ])
  })

  it('reports a key the Compose specification does not know, at its line', () => {
    const bad = `name: demo
services:
  web:
    image: nginx:1.27@${digest}
    restart_policy: always
`
    expect(lines(lintCompose(bad, 'compose.yaml'))).toEqual([
      '5 compose-schema /services/web must NOT have additional properties: "restart_policy"',
    ])
  })

  it('reports broken YAML instead of throwing', () => {
    const [problem] = lintCompose('services:\n  web: [\n', 'compose.yaml')
    expect(problem).toMatchObject({ file: 'compose.yaml', rule: 'yaml' })
  })
})
