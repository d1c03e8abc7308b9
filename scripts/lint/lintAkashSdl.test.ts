import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintAkashSdl } from './lintAkashSdl.ts'

const lines = (diagnostics: LintDiagnostic[]) => diagnostics.map((d) => `${d.line} ${d.message}`)

describe(lintAkashSdl.name, () => {
  it('passes the project SDL', () => {
    const text = readFileSync(new URL('../../deploy/akash.yaml', import.meta.url), 'utf8')
    expect(lintAkashSdl(text, 'deploy/akash.yaml')).toEqual([])
  })

  it('reports mutable images, secrets in env, and profiles, placements and prices that do not match', () => {
    const bad = `version: 2.0
services:
  web:
    image: example/site:latest
    env:
      - PIN_TOKEN=abc
    expose:
      - port: http
profiles:
  compute:
    small: {}
  placement:
    dc:
      pricing:
        small:
          denom: usd
          amount: 0
deployment:
  web:
    dc:
      profile: big
      count: 0
    elsewhere:
      profile: small
      count: 1
  db:
    dc:
      profile: small
      count: 1
`
    expect(lines(lintAkashSdl(bad, 'deploy/akash.yaml'))).toEqual([
      "1 version must be the string '2.0', not 2.",
      '4 services.web.image example/site:latest can change under the lease: give a version tag or @sha256 digest.',
      "8 services.web.expose[0].port must be the container's port number.",
      '6 services.web.env PIN_TOKEN looks like a secret, and the provider can read the manifest: keep secrets out of the SDL.',
      '21 deployment.web.dc.profile "big" is not in profiles.compute.',
      '14 profiles.placement.dc.pricing has no price for profile "big".',
      '22 deployment.web.dc.count must be a whole number of at least 1.',
      '23 deployment.web.elsewhere names no placement in profiles.placement.',
      '26 deployment.db names no service in services.',
      '16 profiles.placement.dc.pricing.small.denom must be uakt (or an ibc/… denomination).',
      '17 profiles.placement.dc.pricing.small.amount must be a positive number (max bid per block).',
    ])
  })
})
